import type { JsonObject, JsonValue } from './json-merge-patch';

/** The self-contained response schemas HSDS publishes under `schema/compiled/`. */
export const COMPILED_SCHEMA_NAMES = [
  'service.json',
  'service_list.json',
  'organization.json',
  'organization_list.json',
  'service_at_location.json',
  'service_at_location_list.json',
] as const;
export type CompiledSchemaName = (typeof COMPILED_SCHEMA_NAMES)[number];

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The schema with every `{"$ref": "<table>.json"}` replaced by that table's schema, itself
 * inlined; keys beside a `$ref` win over the table's own.
 */
function inlineReferences(
  value: JsonValue,
  tables: ReadonlyMap<string, JsonObject>,
  path: readonly string[],
): JsonValue {
  if (Array.isArray(value)) return value.map((item) => inlineReferences(item, tables, path));
  if (!isObject(value)) return value;
  const reference = value['$ref'];
  if (typeof reference === 'string' && tables.has(reference)) {
    if (path.includes(reference)) {
      throw new Error(`HSDS schema ${[...path, reference].join(' → ')} refers to itself`);
    }
    const { $ref: _reference, ...beside } = value;
    const table = inlineReferences(tables.get(reference) as JsonObject, tables, [...path, reference]);
    return { ...(table as JsonObject), ...beside };
  }
  const result: JsonObject = {};
  for (const [key, item] of Object.entries(value)) result[key] = inlineReferences(item, tables, path);
  return result;
}

/** A table schema with every reference inlined, e.g. taxonomy_term.json with its taxonomy_detail. */
export function inlinedTable(table: string, tables: ReadonlyMap<string, JsonObject>): JsonObject {
  const schema = tables.get(table);
  if (!schema) throw new Error(`HSDS has no table schema ${table}`);
  return inlineReferences(schema, tables, [table]) as JsonObject;
}

function withProperty(schema: JsonObject, name: string, property: JsonValue): JsonObject {
  return { ...schema, properties: { ...(schema['properties'] as JsonObject), [name]: property } };
}

/** A list's records carry the one-to-one fields only: every array property is left out, at every depth. */
function withoutArrays(schema: JsonObject): JsonObject {
  const properties = schema['properties'];
  if (!isObject(properties)) return schema;
  const kept: JsonObject = {};
  for (const [name, property] of Object.entries(properties)) {
    if (isObject(property) && property['type'] === 'array') continue;
    kept[name] = isObject(property) ? withoutArrays(property) : property;
  }
  return { ...schema, properties: kept };
}

/**
 * One of HSDS's compiled response schemas, built from the table schemas the way the
 * specification's own tooling builds `schema/compiled/` (a test compares the two): the table
 * with its references inlined; an organization also lists its services, a service_at_location
 * holds its service (without the service's own service_at_locations); a `_list` schema is the
 * full one without arrays. Given a profile's patched tables, it gives the profile's compiled schemas.
 */
export function compileHsdsSchema(
  name: CompiledSchemaName,
  tables: ReadonlyMap<string, JsonObject>,
): JsonObject {
  switch (name) {
    case 'service.json':
      return inlinedTable('service.json', tables);
    case 'organization.json':
      return withProperty(inlinedTable('organization.json', tables), 'services', {
        type: 'array',
        items: inlinedTable('service.json', tables),
      });
    case 'service_at_location.json': {
      const service = inlinedTable('service.json', tables);
      const { service_at_locations: _own, ...serviceProperties } = service['properties'] as JsonObject;
      return withProperty(inlinedTable('service_at_location.json', tables), 'service', {
        ...service,
        properties: serviceProperties,
      });
    }
    case 'service_list.json':
    case 'organization_list.json':
    case 'service_at_location_list.json':
      return withoutArrays(compileHsdsSchema(name.replace('_list', '') as CompiledSchemaName, tables));
  }
}
