import type { JsonObject } from '../json-merge-patch';
import address from './address.json';
import costOption from './cost_option.json';
import openapiPatch from './openapi.json';
import organization from './organization.json';
import schedule from './schedule.json';
import service from './service.json';
import taxonomy from './taxonomy.json';
import taxonomyTerm from './taxonomy_term.json';

/** The profile's patch files by the name of the HSDS file each modifies. */
export const DANISH_PROFILE_PATCHES: ReadonlyMap<string, JsonObject> = new Map<string, JsonObject>([
  ['address.json', address],
  ['cost_option.json', costOption],
  ['organization.json', organization],
  ['schedule.json', schedule],
  ['service.json', service],
  ['taxonomy.json', taxonomy],
  ['taxonomy_term.json', taxonomyTerm],
  ['openapi.json', openapiPatch],
]);
