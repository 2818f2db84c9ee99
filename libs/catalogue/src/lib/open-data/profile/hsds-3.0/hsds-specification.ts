/**
 * The official HSDS 3.0 schemas (openreferral/specification, branch 3.0, `schema/`, CC BY-SA 4.0),
 * copied unchanged: one JSON schema per table, and the API specification. Imported, not read from
 * disk, so the build carries them.
 */
import accessibility from './accessibility.json';
import address from './address.json';
import attribute from './attribute.json';
import contact from './contact.json';
import costOption from './cost_option.json';
import funding from './funding.json';
import language from './language.json';
import location from './location.json';
import metaTableDescription from './meta_table_description.json';
import metadata from './metadata.json';
import organization from './organization.json';
import organizationIdentifier from './organization_identifier.json';
import phone from './phone.json';
import program from './program.json';
import requiredDocument from './required_document.json';
import schedule from './schedule.json';
import service from './service.json';
import serviceArea from './service_area.json';
import serviceAtLocation from './service_at_location.json';
import taxonomy from './taxonomy.json';
import taxonomyTerm from './taxonomy_term.json';
import openapi from './openapi.json';
import type { JsonObject } from '../json-merge-patch';

/** The table schemas by file name (`service.json`), as they refer to one another. */
export const HSDS_TABLE_SCHEMAS: ReadonlyMap<string, JsonObject> = new Map<string, JsonObject>([
  ['accessibility.json', accessibility],
  ['address.json', address],
  ['attribute.json', attribute],
  ['contact.json', contact],
  ['cost_option.json', costOption],
  ['funding.json', funding],
  ['language.json', language],
  ['location.json', location],
  ['meta_table_description.json', metaTableDescription],
  ['metadata.json', metadata],
  ['organization.json', organization],
  ['organization_identifier.json', organizationIdentifier],
  ['phone.json', phone],
  ['program.json', program],
  ['required_document.json', requiredDocument],
  ['schedule.json', schedule],
  ['service.json', service],
  ['service_area.json', serviceArea],
  ['service_at_location.json', serviceAtLocation],
  ['taxonomy.json', taxonomy],
  ['taxonomy_term.json', taxonomyTerm],
]);

// Its union-typed arrays (parameters with and without a description) are JSON all the same.
export const HSDS_OPENAPI = openapi as unknown as JsonObject;
