import type { ImportProblem } from '../import-view';
import { HsdsObject } from './hsds-service';

const isObject = (value: unknown): value is HsdsObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The services of an HSDS 3.0 JSON file: a list of `service` objects, a single one, or an HSDS
 * Page (`{ contents: [...] }`) as the HSDS API answers.
 */
export function readHsdsJson(
  text: string,
  fileName: string,
): { services: HsdsObject[]; problems: ImportProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      services: [],
      problems: [
        {
          field: 'file',
          severity: 'error',
          message: `Filen ${fileName} er ikke gyldig JSON (${(error as Error).message}). Eksportér den igen som HSDS 3.0 JSON.`,
        },
      ],
    };
  }
  const list = Array.isArray(parsed)
    ? parsed
    : isObject(parsed) && Array.isArray(parsed.contents)
      ? parsed.contents
      : [parsed];
  const services = list.filter(isObject);
  if (
    services.length === 0 ||
    services.length !== list.length ||
    !services.every((service) => 'name' in service || 'id' in service)
  ) {
    return {
      services: [],
      problems: [
        {
          field: 'file',
          severity: 'error',
          message: `Filen ${fileName} indeholder ikke HSDS-tilbud: forventede en liste af «service»-objekter med id og name.`,
        },
      ],
    };
  }
  return { services, problems: [] };
}
