/**
 * The official HSDS 3.0 schemas (openreferral/specification, branch 3.0, `schema/`, CC BY-SA 4.0),
 * copied unchanged: one JSON schema per table, and the API specification. Imported, not read from
 * disk, so the build carries them.
 */
import accessibility from './hsds-3.0/accessibility.json';
import address from './hsds-3.0/address.json';
import attribute from './hsds-3.0/attribute.json';
import contact from './hsds-3.0/contact.json';
import costOption from './hsds-3.0/cost_option.json';
import funding from './hsds-3.0/funding.json';
import language from './hsds-3.0/language.json';
import location from './hsds-3.0/location.json';
import metaTableDescription from './hsds-3.0/meta_table_description.json';
import metadata from './hsds-3.0/metadata.json';
import organization from './hsds-3.0/organization.json';
import organizationIdentifier from './hsds-3.0/organization_identifier.json';
import phone from './hsds-3.0/phone.json';
import program from './hsds-3.0/program.json';
import requiredDocument from './hsds-3.0/required_document.json';
import schedule from './hsds-3.0/schedule.json';
import service from './hsds-3.0/service.json';
import serviceArea from './hsds-3.0/service_area.json';
import serviceAtLocation from './hsds-3.0/service_at_location.json';
import taxonomy from './hsds-3.0/taxonomy.json';
import taxonomyTerm from './hsds-3.0/taxonomy_term.json';
import openapi from './hsds-3.0/openapi.json';
import type { JsonObject } from './json-merge-patch';

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
