import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  type CompiledSchemaName,
  danishProfile,
  HSDS_TABLE_SCHEMAS,
  inlinedTable,
  type JsonObject,
  type JsonValue,
} from '@socialkompas/catalogue';
import { HSDS_DIR } from '@socialkompas/testing';

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

/** The schema an HSDS answer is checked against: a compiled response schema, or a vocabulary table. */
export type HsdsResponseSchema = CompiledSchemaName | 'taxonomy.json' | 'taxonomy_term.json';

const isCompiled = (name: HsdsResponseSchema): name is CompiledSchemaName =>
  name !== 'taxonomy.json' && name !== 'taxonomy_term.json';

/**
 * Validators for HSDS answers, each compiled once: the official schemas (the compiled ones in
 * tools/test/hsds, the vocabulary tables with their references inlined), and the Danish
 * profile's, closed, so that a record with a field the profile does not describe fails too.
 */
export class HsdsValidators {
  private readonly ajv = hsdsAjv();
  private readonly cache = new Map<string, ValidateFunction>();

  private compiled(key: string, schema: () => JsonObject): ValidateFunction {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema());
      this.cache.set(key, validate);
    }
    return validate;
  }

  official(name: HsdsResponseSchema): ValidateFunction {
    return this.compiled(`official:${name}`, () =>
      isCompiled(name)
        ? JSON.parse(readFileSync(join(HSDS_DIR, 'schema/compiled', name), 'utf8'))
        : inlinedTable(name, HSDS_TABLE_SCHEMAS),
    );
  }

  profiled(name: HsdsResponseSchema): ValidateFunction {
    const profile = danishProfile();
    return this.compiled(`profiled:${name}`, () =>
      closed(
        isCompiled(name) ? (profile.compiled.get(name) as JsonObject) : inlinedTable(name, profile.tables),
      ),
    );
  }

  /** The Page object of the profiled openapi.json, closed: exactly its eight fields. */
  page(): ValidateFunction {
    return this.compiled('page', () => {
      const components = danishProfile().openapi['components'] as JsonObject;
      return closed((components['schemas'] as JsonObject)['Page'] as JsonObject);
    });
  }

  /** What both the official and the profiled schema refuse among the records, each tagged with the schema. */
  refusals(
    name: HsdsResponseSchema,
    records: readonly unknown[],
  ): { schema: string; id: unknown; errors: string[] }[] {
    return [
      ...refused(this.official(name), records).map((refusal) => ({ schema: `official ${name}`, ...refusal })),
      ...refused(this.profiled(name), records).map((refusal) => ({ schema: `profiled ${name}`, ...refusal })),
    ];
  }
}
