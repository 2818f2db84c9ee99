import { Organization } from './lib/organizations/organization.entity';
import { Contact } from './lib/offers/contact.entity';
import { Location } from './lib/offers/location.entity';
import { Offer } from './lib/offers/offer.entity';
import { Schedule } from './lib/offers/schedule.entity';
import { TaxonomyTerm } from './lib/taxonomy/taxonomy-term.entity';
import { Taxonomy } from './lib/taxonomy/taxonomy.entity';

export * from './lib/catalogue.module';
export * from './lib/catalogue.options';
export * from './lib/core/lifecycle/lifecycle';
export * from './lib/core/search-index';
export * from './lib/national/hidden-national-offers.repository';
export * from './lib/national/hidden-national-offers.module';
export * from './lib/search/index/search-index-writer';
export * from './lib/search/index/search-epoch';
export * from './lib/offers/offer.entity';
export type { OfferColumns } from './lib/offers/offer-columns';
export * from './lib/offers/schedule.entity';
export * from './lib/freshness/freshness-settings';
export { LinkCheckService } from './lib/freshness/links/link-check.service';
export type { LinkCheckRunOptions, LinkCheckSummary } from './lib/freshness/links/link-check.service';
export * from './lib/freshness/offer-actions/action-links';
export * from './lib/freshness/reminders/reminder-mail';
export * from './lib/interchange/import/imports.service';
export * from './lib/interchange/import/import-view';
export { allowAnyOrigin } from './lib/open-data/api/allow-any-origin';
export type { UploadedFile } from './lib/interchange/import/read/read-import-file';

/** Entities of the tenant schemas that the catalogue owns. */
export const CATALOGUE_ENTITIES = [Organization, Offer, Location, Schedule, Contact, Taxonomy, TaxonomyTerm];
export { SearchSnapshots } from './lib/search/query/search-snapshots';
export type { SearchSnapshot, SnapshotAudience } from './lib/search/query/search-snapshot';
export { searchSnapshot, unfilteredCriteria } from './lib/search/query/snapshot-search';
export type { SnapshotCriteria, SnapshotResult } from './lib/search/query/snapshot-search';
export { RegionalMembers } from './lib/region/regional-members';
export { applyMergePatch } from './lib/open-data/profile/json-merge-patch';
export type { JsonObject, JsonValue } from './lib/open-data/profile/json-merge-patch';
export {
  COMPILED_SCHEMA_NAMES,
  compileHsdsSchema,
  inlinedTable,
} from './lib/open-data/profile/hsds-schema-compiler';
export type { CompiledSchemaName } from './lib/open-data/profile/hsds-schema-compiler';
export { HSDS_OPENAPI, HSDS_TABLE_SCHEMAS } from './lib/open-data/profile/hsds-3.0/hsds-specification';
export { DANISH_PROFILE_PATCHES } from './lib/open-data/profile/patches/danish-profile-patches';
export {
  DANISH_PROFILE_INFO,
  danishProfile,
  profiledSpecification,
} from './lib/open-data/profile/danish-profile';
export { withHsdsApi } from './lib/open-data/openapi/hsds-api-document';
