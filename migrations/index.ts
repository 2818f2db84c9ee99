import type { MigrationSets } from '@socialkompas/tenancy';
import { CreateTenantRegistry1764057600000 } from './platform/1764057600000-create-tenant-registry';
import { CreateOrganizations1764057600000 } from './tenant/1764057600000-create-organizations';

/** Every migration, oldest first. New ones are appended; applied ones are never edited. */
export const MIGRATIONS: MigrationSets = {
  platform: [CreateTenantRegistry1764057600000],
  tenant: [CreateOrganizations1764057600000],
};
