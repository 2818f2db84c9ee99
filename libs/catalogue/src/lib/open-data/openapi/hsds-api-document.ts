import type { OpenAPIObject } from '@nestjs/swagger';
import { danishProfile, type ProfiledSpecification } from '../profile/danish-profile';
import type { JsonObject, JsonValue } from '../profile/json-merge-patch';
import { HSDS_RESPONSE_COMPONENTS, hsdsComponents } from './hsds-openapi-components';

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A reference of the profiled openapi.json as one to the API document's components. */
function componentReference(target: string): string {
  if (target === '#/components/schemas/Page') return '#/components/schemas/HsdsPage';
  const component = HSDS_RESPONSE_COMPONENTS[target.replace(/^schema\//, '')];
  if (!component) throw new Error(`The HSDS API specification refers to ${target}, which has no component`);
  return `#/components/schemas/${component}`;
}

function withComponentReferences(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withComponentReferences);
  if (!isObject(value)) return value;
  const result: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] =
      key === '$ref' && typeof item === 'string' ? componentReference(item) : withComponentReferences(item);
  }
  return result;
}

/** A parameter given as `{"$ref": "#/components/parameters/page", …}` as the parameter itself (keys beside it win). */
function resolvedParameter(parameter: JsonValue, parameters: JsonObject): JsonValue {
  if (!isObject(parameter) || typeof parameter['$ref'] !== 'string') return parameter;
  const { $ref: target, ...beside } = parameter;
  const named = parameters[String(target).replace('#/components/parameters/', '')];
  if (!isObject(named)) throw new Error(`The HSDS API specification names no parameter ${String(target)}`);
  return { ...named, ...beside };
}

const problem = (description: string): JsonObject => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } } },
});

/**
 * The HSDS endpoints as the API document describes them: the profiled openapi.json's paths under
 * `/hsds`, each operation tagged `hsds` with its parameters spelled out, its answers referring to
 * the profiled schemas' components, and the problems our API answers with besides.
 */
function hsdsPaths(profile: ProfiledSpecification): JsonObject {
  const parameters = ((profile.openapi['components'] as JsonObject)['parameters'] ?? {}) as JsonObject;
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(profile.openapi['paths'] as JsonObject)) {
    // The path's own parameters (an {id}) go on its one operation: the document lists operations only.
    const { get, parameters: pathParameters = [] } = item as JsonObject;
    const operation = get as JsonObject;
    const byId = path.includes('{id}');
    const isList = !byId && path !== '/';
    const described = withComponentReferences({
      ...operation,
      parameters: [
        ...(pathParameters as JsonValue[]),
        ...((operation['parameters'] ?? []) as JsonValue[]),
      ].map((parameter) => resolvedParameter(parameter, parameters)),
    }) as JsonObject;
    paths[path === '/' ? '/hsds' : `/hsds${path}`] = {
      get: {
        ...described,
        operationId: `hsds_${String(operation['operationId'])}`,
        tags: ['hsds'],
        responses: {
          ...(described['responses'] as JsonObject),
          ...(isList || byId ? { 400: problem('A parameter is not valid; the problem names it.') } : {}),
          ...(byId ? { 404: problem('No published record of this host has the id.') } : {}),
        },
      },
    };
  }
  return paths;
}

/** The API's OpenAPI document with the HSDS endpoints and schemas added, from the Danish profile's files. */
export function withHsdsApi(document: OpenAPIObject): OpenAPIObject {
  const profile = danishProfile();
  const paths = hsdsPaths(profile);
  const schemas = hsdsComponents(profile);
  for (const name of [...Object.keys(paths), ...Object.keys(schemas)]) {
    if (name in document.paths || name in (document.components?.schemas ?? {})) {
      throw new Error(`The API document already has ${name}; the HSDS description would replace it`);
    }
  }
  return {
    ...document,
    paths: { ...document.paths, ...(paths as OpenAPIObject['paths']) },
    components: {
      ...document.components,
      schemas: {
        ...document.components?.schemas,
        ...(schemas as NonNullable<OpenAPIObject['components']>['schemas']),
      },
    },
  };
}
