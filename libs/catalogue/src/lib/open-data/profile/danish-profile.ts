import { COMPILED_SCHEMA_NAMES, compileHsdsSchema, type CompiledSchemaName } from './hsds-schema-compiler';
import { HSDS_OPENAPI, HSDS_TABLE_SCHEMAS } from './hsds-3.0/hsds-specification';
import { DANISH_PROFILE_PATCHES } from './patches/danish-profile-patches';
import { applyMergePatch, type JsonObject } from './json-merge-patch';

/** What a consumer reads at `/hsds/profile/` to know which profile a feed conforms to. */
export const DANISH_PROFILE_INFO = {
  name: 'socialkompas-dk',
  title: 'Socialkompas: dansk HSDS-profil',
  version: '1.0.0',
  hsds_version: '3.0',
  description:
    'The Danish profile of Open Referral HSDS 3.0 that every Socialkompas catalogue serves: the five ' +
    'Danish vocabularies (challenge, target_group, activity, age_group, district) as taxonomies, ' +
    '`referral_required`, `anonymous` and `channels` on services, `assured_date` as the day an editor ' +
    'last confirmed an offer, and Danish addresses and prices. Written as JSON Merge Patches (RFC 7386) ' +
    'over the HSDS 3.0 schema files of the same names.',
} as const;

export interface ProfiledSpecification {
  /** Every HSDS table schema with the profile's patch applied; they refer to one another by file name. */
  tables: ReadonlyMap<string, JsonObject>;
  /** The compiled response schemas of the profiled tables. */
  compiled: ReadonlyMap<CompiledSchemaName, JsonObject>;
  /** The HSDS API specification with the profile's patch applied. */
  openapi: JsonObject;
}

/** The HSDS specification under a profile's patches, as the profile mechanism defines it. */
export function profiledSpecification(patches: ReadonlyMap<string, JsonObject>): ProfiledSpecification {
  const tables = new Map(HSDS_TABLE_SCHEMAS);
  for (const [file, patch] of patches) {
    if (file === 'openapi.json') continue;
    tables.set(file, applyMergePatch(tables.get(file), patch) as JsonObject);
  }
  const compiled = new Map(
    COMPILED_SCHEMA_NAMES.map((name) => [name, compileHsdsSchema(name, tables)] as const),
  );
  const openapiPatchOf = patches.get('openapi.json');
  const openapi = openapiPatchOf
    ? (applyMergePatch(HSDS_OPENAPI, openapiPatchOf) as JsonObject)
    : HSDS_OPENAPI;
  return { tables, compiled, openapi };
}

let danish: ProfiledSpecification | undefined;

/** The Danish profile's schemas, built on first use (the compiled ones are a few megabytes). */
export function danishProfile(): ProfiledSpecification {
  danish ??= profiledSpecification(DANISH_PROFILE_PATCHES);
  return danish;
}
