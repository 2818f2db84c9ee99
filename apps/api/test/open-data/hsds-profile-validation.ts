import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonObject, JsonValue } from '@socialkompas/catalogue';

/** The base every table schema gets as its `$id`, so `{"$ref": "phone.json"}` resolves among them. */
export const TABLE_BASE = 'https://schemas.test/hsds/';

/** Ajv as the issue asks: draft 2020-12 with formats; HSDS's own keywords (`core`, `constraints`, …) are annotations. */
export function hsdsAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: true });
  addFormats(ajv);
  return ajv;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The schema with every object closed (`additionalProperties: false`): a record that passes it
 * has no field the schema does not describe. The profile must describe everything we serve.
 */
export function closed(schema: JsonObject): JsonObject {
  const result: JsonObject = { ...schema };
  const properties = schema['properties'];
  if (isObject(properties)) {
    result['additionalProperties'] = false;
    result['properties'] = Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [
        name,
        isObject(property) ? closed(property) : property,
      ]),
    );
  }
  const items = schema['items'];
  if (isObject(items)) result['items'] = closed(items);
  return result;
}

/** Each error as `/path: message`, short enough to read in a failed expectation. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'}: ${error.message}`);
}

/** The records that a validator refuses, each with its id and first errors (empty when all pass). */
export function refused(
  validate: ValidateFunction,
  records: readonly unknown[],
): { id: unknown; errors: string[] }[] {
  return records.flatMap((record) =>
    validate(record)
      ? []
      : [{ id: (record as { id?: unknown }).id, errors: describeErrors(validate.errors) }],
  );
}
