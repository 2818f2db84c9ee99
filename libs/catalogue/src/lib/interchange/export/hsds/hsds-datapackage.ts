import hsdsTabularSchema from './hsds-tabular.schema.json';

/**
 * The HSDS 3.0 tabular data package, described from Open Referral's own compiled `tabular.json`
 * (copied unchanged from the specification, schema/compiled/), the source the specification
 * generates its datapackage.json from: each table's file name, columns in order, and each
 * column's Table Schema field. Nothing here is retyped from the specification.
 */
interface SchemaProperty {
  name: string;
  type: string;
  title?: string;
  description?: string;
  format?: string;
  enum?: string[];
  constraints?: { unique?: boolean };
  /** The Table Schema type where it differs from the JSON Schema type (date, time, datetime). */
  datapackage_type?: string;
}

interface SchemaTable {
  name: string;
  path: string;
  description: string;
  datapackage_metadata: { format: string; mediatype: string; profile: string; order: number };
  required?: string[];
  tabular_required?: string[];
  properties: Record<string, SchemaProperty>;
}

export interface TableSchemaField {
  name: string;
  type: string;
  title?: string;
  description?: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface DataPackageResource {
  name: string;
  path: string;
  description: string;
  format: string;
  mediatype: string;
  encoding: 'utf-8';
  profile: string;
  schema: { fields: TableSchemaField[]; primaryKey: string };
}

export interface DataPackageDescriptor {
  name: string;
  title: string;
  profile: 'tabular-data-package';
  created: string;
  resources: DataPackageResource[];
}

/** Table Schema's string formats; JSON Schema's `date-time` becomes the `datetime` type instead. */
const TABLE_SCHEMA_STRING_FORMATS = new Set(['email', 'uri', 'uuid', 'binary']);

function tableSchemaField(property: SchemaProperty, required: boolean): TableSchemaField {
  const type = property.datapackage_type ?? property.type;
  const constraints: TableSchemaField['constraints'] = {};
  if (required) constraints.required = true;
  if (property.constraints?.unique) constraints.unique = true;
  if (property.enum) constraints.enum = property.enum;
  return {
    name: property.name,
    type,
    ...(property.title ? { title: property.title } : {}),
    ...(property.description ? { description: property.description } : {}),
    ...(type === 'string' && property.format && TABLE_SCHEMA_STRING_FORMATS.has(property.format)
      ? { format: property.format }
      : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function resourceOf(table: SchemaTable): DataPackageResource {
  const required = new Set([...(table.required ?? []), ...(table.tabular_required ?? [])]);
  const fields = Object.values(table.properties)
    // Nested lists are other tables in the package, linked by id.
    .filter((property) => property.type !== 'array' && property.type !== 'object')
    .map((property) => tableSchemaField(property, required.has(property.name)));
  const { format, mediatype, profile } = table.datapackage_metadata;
  return {
    name: table.name,
    path: table.path,
    description: table.description,
    format,
    mediatype,
    encoding: 'utf-8',
    profile,
    schema: { fields, primaryKey: 'id' },
  };
}

/** Every HSDS table, in the specification's order. */
export const HSDS_RESOURCES: readonly DataPackageResource[] = Object.values(
  (hsdsTabularSchema as unknown as { properties: Record<string, { items: SchemaTable }> }).properties,
)
  .map((property) => property.items)
  .sort((a, b) => a.datapackage_metadata.order - b.datapackage_metadata.order)
  .map(resourceOf);

export type HsdsTableName = (typeof HSDS_RESOURCES)[number]['name'];

export function hsdsResource(name: string): DataPackageResource {
  const resource = HSDS_RESOURCES.find((candidate) => candidate.name === name);
  if (!resource) throw new Error(`HSDS has no table ${name}`);
  return resource;
}

export function hsdsDataPackage(name: string, title: string, created: string): DataPackageDescriptor {
  return { name, title, profile: 'tabular-data-package', created, resources: [...HSDS_RESOURCES] };
}
