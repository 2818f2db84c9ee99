import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { HSDS_DIR } from '@socialkompas/testing';
import type { Response } from 'supertest';

/** The schemas an HSDS API answer is checked against: the specification's compiled ones, as its openapi.json names them. */
const SCHEMA_FILES = {
  service: 'compiled/service.json',
  service_list: 'compiled/service_list.json',
  organization: 'compiled/organization.json',
  organization_list: 'compiled/organization_list.json',
  service_at_location: 'compiled/service_at_location.json',
  service_at_location_list: 'compiled/service_at_location_list.json',
  taxonomy: 'taxonomy.json',
  taxonomy_term: 'taxonomy_term.json',
} as const;
export type HsdsSchema = keyof typeof SCHEMA_FILES;

/** The fields of the specification's Page object, in its order. */
export const PAGE_FIELDS = [
  'total_items',
  'total_pages',
  'page_number',
  'size',
  'first_page',
  'last_page',
  'empty',
  'contents',
];

const readSchema = (file: string) => JSON.parse(readFileSync(join(HSDS_DIR, 'schema', file), 'utf8'));

/** Ajv (draft 2020-12 with formats) over the compiled schemas; `problems` lists what a record breaks. */
export class HsdsValidator {
  private readonly validators = new Map<HsdsSchema, ValidateFunction>();

  constructor() {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // taxonomy_term.json and taxonomy.json name these by file name.
    ajv.addSchema(readSchema('metadata.json'), 'metadata.json');
    ajv.addSchema(readSchema('taxonomy.json'), 'taxonomy.json');
    for (const [name, file] of Object.entries(SCHEMA_FILES) as [HsdsSchema, string][]) {
      this.validators.set(name, ajv.getSchema(file) ?? ajv.compile(readSchema(file)));
    }
  }

  /** Each record that breaks the schema, with its first errors; [] when all are valid. */
  problems(schema: HsdsSchema, records: unknown[]): unknown[] {
    const validate = this.validators.get(schema);
    if (!validate) throw new Error(`no schema ${schema}`);
    return records.flatMap((record) =>
      validate(record) ? [] : [{ id: (record as { id?: string }).id, errors: validate.errors?.slice(0, 3) }],
    );
  }
}

/** The records of an `application/x-ndjson` answer (collected with `asText`), one per line. */
export function ndjsonRecords(response: Response): Record<string, unknown>[] {
  return (response.body as string)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** supertest keeps a non-JSON body as text only when told to collect it. */
export const asText = (response: Response, callback: (error: Error | null, body: string) => void) => {
  let text = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => (text += chunk));
  response.on('end', () => callback(null, text));
};

/**
 * Whether the records hold an empty optional field (null, "" or []): the specification wants them
 * left out. `metadata` is skipped: its `previous_value` is required, and "" for a created field.
 */
export function hasEmptyField(records: unknown[]): boolean {
  const text = JSON.stringify(records, (key, value: unknown) => (key === 'metadata' ? undefined : value));
  return /:null|:""|:\[\]/.test(text);
}
/** Datetimes have no fractional seconds. */
export const FRACTIONAL_SECONDS = /T\d{2}:\d{2}:\d{2}\.\d+/;
