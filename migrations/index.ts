import type { MigrationSets } from '@socialkompas/tenancy';
import { CreateTenantRegistry1764057600000 } from './platform/1764057600000-create-tenant-registry';
import { EnableDanishSearch1764144000000 } from './platform/1764144000000-enable-danish-search';
import { CreateStaffAccess1764230400000 } from './platform/1764230400000-create-staff-access';
import { AddAssociationAccounts1764489600000 } from './platform/1764489600000-add-association-accounts';
import { AddOidcOriginsPresetsAndTests1764576000100 } from './platform/1764576000100-add-oidc-origins-presets-and-tests';
import { NotifyTenantRegistryChanges1764576000200 } from './platform/1764576000200-notify-tenant-registry-changes';
import { RecordTenantBackups1764576000201 } from './platform/1764576000201-record-tenant-backups';
import { CreateTenantLogos1764576000500 } from './platform/1764576000500-create-tenant-logos';
import { AddNationalTenantKind1764662400200 } from './platform/1764662400200-add-national-tenant-kind';
import { CreateOrganizations1764057600000 } from './tenant/1764057600000-create-organizations';
import { CreateOfferCatalogue1764144000000 } from './tenant/1764144000000-create-offer-catalogue';
import { SeedDefaultTaxonomy1764144000001 } from './tenant/1764144000001-seed-default-taxonomy';
import { WidenChangeLogToAuditLog1764230400000 } from './tenant/1764230400000-widen-change-log-to-audit-log';
import { AddFreshness1764316800000 } from './tenant/1764316800000-add-freshness';
import { AddOfferSuggestions1764403200000 } from './tenant/1764403200000-add-offer-suggestions';
import { AddTrustedOrganizationsAndPlacesToCheck1764489600000 } from './tenant/1764489600000-add-trusted-organizations-and-places-to-check';
import { AddAssociationWork1764489600001 } from './tenant/1764489600001-add-association-work';
import { LabelAuditEntriesAndTextResults1764489600002 } from './tenant/1764489600002-label-audit-entries-and-text-results';
import { AddCatalogueImports1764576000300 } from './tenant/1764576000300-add-catalogue-imports';
import { RecordSearchChanges1764662400100 } from './tenant/1764662400100-record-search-changes';
import { CreateHiddenNationalOffers1764662400300 } from './tenant/1764662400300-create-hidden-national-offers';
import { TrackHsdsModification1764748800000 } from './tenant/1764748800000-track-hsds-modification';
import { IndexExportedOffers1764748800100 } from './tenant/1764748800100-index-exported-offers';
import { KeepLinkCheckProgress1764921600000 } from './tenant/1764921600000-keep-link-check-progress';
import { LeaseOutboxMessages1764921600100 } from './tenant/1764921600100-lease-outbox-messages';
import { RecordLastSuccessfulJobRuns1764921600200 } from './tenant/1764921600200-record-last-successful-job-runs';
import { IndexUnsentMail1764921600201 } from './tenant/1764921600201-index-unsent-mail';
import { GinIndexesWithoutPendingList1765008000000 } from './tenant/1765008000000-gin-indexes-without-pending-list';

/** Every migration, oldest first. New ones are appended; applied ones are never edited. */
export const MIGRATIONS: MigrationSets = {
  platform: [
    CreateTenantRegistry1764057600000,
    EnableDanishSearch1764144000000,
    CreateStaffAccess1764230400000,
    AddAssociationAccounts1764489600000,
    AddOidcOriginsPresetsAndTests1764576000100,
    NotifyTenantRegistryChanges1764576000200,
    RecordTenantBackups1764576000201,
    CreateTenantLogos1764576000500,
    AddNationalTenantKind1764662400200,
  ],
  tenant: [
    CreateOrganizations1764057600000,
    CreateOfferCatalogue1764144000000,
    SeedDefaultTaxonomy1764144000001,
    WidenChangeLogToAuditLog1764230400000,
    AddFreshness1764316800000,
    AddOfferSuggestions1764403200000,
    AddTrustedOrganizationsAndPlacesToCheck1764489600000,
    AddAssociationWork1764489600001,
    LabelAuditEntriesAndTextResults1764489600002,
    AddCatalogueImports1764576000300,
    RecordSearchChanges1764662400100,
    CreateHiddenNationalOffers1764662400300,
    TrackHsdsModification1764748800000,
    IndexExportedOffers1764748800100,
    KeepLinkCheckProgress1764921600000,
    LeaseOutboxMessages1764921600100,
    RecordLastSuccessfulJobRuns1764921600200,
    IndexUnsentMail1764921600201,
    GinIndexesWithoutPendingList1765008000000,
  ],
};
