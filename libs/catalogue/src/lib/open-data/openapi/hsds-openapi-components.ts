import type { ProfiledSpecification } from '../profile/danish-profile';
import type { JsonObject, JsonValue } from '../profile/json-merge-patch';

/** The keywords of an HSDS schema that an OpenAPI 3.0 Schema Object also has; HSDS's own (`core`, `constraints`, …) stay out. */
const SCHEMA_KEYWORDS = new Set([
  'title',
  'description',
  'type',
  'format',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'default',
  'example',
  'required',
  'items',
  'properties',
  'allOf',
]);

const TABLE_PREFIX = 'Hsds_';

/** `service_at_location.json` → `Hsds_service_at_location`: one component a table. */
export const tableComponent = (file: string, list = false) =>
  `${TABLE_PREFIX}${file.replace(/\.json$/, '')}${list ? '_list' : ''}`;

const reference = (component: string): JsonObject => ({ $ref: `#/components/schemas/${component}` });

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names the component of a table (or of its list form) that a schema refers to. */
type TableReferrer = (file: string, list: boolean) => string;

/**
 * An HSDS schema as an OpenAPI 3.0 Schema Object: only the keywords both know, and each
 * `{"$ref": "<table>.json"}` a reference to that table's component (`list`: its list form).
 */
function schemaObject(schema: JsonObject, list: boolean, refer: TableReferrer): JsonObject {
  const table = schema['$ref'];
  if (typeof table === 'string') return reference(refer(table, list));
  const result: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (!SCHEMA_KEYWORDS.has(keyword)) continue;
    if (keyword === 'items' && isObject(value)) result[keyword] = schemaObject(value, list, refer);
    else if (keyword === 'properties' && isObject(value)) {
      const properties: JsonObject = {};
      for (const [name, property] of Object.entries(value)) {
        if (!isObject(property)) continue;
        // A list's records carry their one-to-one fields only, as HSDS's compiled `_list` schemas.
        if (list && property['type'] === 'array') continue;
        properties[name] = schemaObject(property, list, refer);
      }
      result[keyword] = properties;
    } else result[keyword] = value;
  }
  return result;
}

/** `HsdsService`, `HsdsServiceList`, …: the shapes the HSDS endpoints answer with. */
export const HSDS_RESPONSE_COMPONENTS: Record<string, string> = {
  'compiled/service.json': 'HsdsService',
  'compiled/service_list.json': 'HsdsServiceList',
  'compiled/organization.json': 'HsdsOrganization',
  'compiled/organization_list.json': 'HsdsOrganizationList',
  'compiled/service_at_location.json': 'HsdsServiceAtLocation',
  'compiled/service_at_location_list.json': 'HsdsServiceAtLocationList',
  'taxonomy.json': 'HsdsTaxonomy',
  'taxonomy_term.json': 'HsdsTaxonomyTerm',
};

/**
 * The OpenAPI components of the profiled HSDS schemas: one a table (`Hsds_service`, with its
 * list form `Hsds_service_list` where a list needs it) referring to one another as the tables do,
 * and the response shapes built from them as HSDS compiles its response schemas (an organization
 * lists its services, a service_at_location holds its service), plus the Page.
 */
export function hsdsComponents(profile: ProfiledSpecification): Record<string, JsonObject> {
  const components: Record<string, JsonObject> = {};
  const referred = new Map<string, [string, boolean]>();
  const refer: TableReferrer = (file, list) => {
    referred.set(tableComponent(file, list), [file, list]);
    return tableComponent(file, list);
  };
  const add = (file: string, list: boolean) => {
    const table = profile.tables.get(file);
    if (!table) throw new Error(`HSDS has no table ${file}`);
    components[tableComponent(file, list)] = schemaObject(table, list, refer);
  };
  for (const file of profile.tables.keys()) add(file, false);
  for (const file of ['service.json', 'organization.json', 'service_at_location.json']) refer(file, true);
  // The list forms a list form refers to (a service's organization, a place of a service at a location).
  for (let missing = [...referred].filter(([name]) => !components[name]); missing.length > 0;) {
    for (const [, [file, list]] of missing) add(file, list);
    missing = [...referred].filter(([name]) => !components[name]);
  }
  const withProperty = (base: string, name: string, property: JsonObject): JsonObject => ({
    allOf: [reference(base), { type: 'object', properties: { [name]: property } }],
  });
  const pageSchemas = (profile.openapi['components'] as JsonObject)['schemas'] as JsonObject;
  return {
    ...components,
    HsdsService: reference(tableComponent('service.json')),
    HsdsServiceList: reference(tableComponent('service.json', true)),
    HsdsOrganization: withProperty(tableComponent('organization.json'), 'services', {
      type: 'array',
      items: reference(tableComponent('service.json')),
    }),
    HsdsOrganizationList: reference(tableComponent('organization.json', true)),
    HsdsServiceAtLocation: withProperty(
      tableComponent('service_at_location.json'),
      'service',
      reference(tableComponent('service.json')),
    ),
    HsdsServiceAtLocationList: withProperty(
      tableComponent('service_at_location.json', true),
      'service',
      reference(tableComponent('service.json', true)),
    ),
    HsdsTaxonomy: reference(tableComponent('taxonomy.json')),
    HsdsTaxonomyTerm: reference(tableComponent('taxonomy_term.json')),
    HsdsPage: pageSchemas['Page'] as JsonObject,
  };
}
