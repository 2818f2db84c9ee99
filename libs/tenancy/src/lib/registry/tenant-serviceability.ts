import type { MigrationSets } from '../migrations/migration-set';
import type { Tenant } from './tenant.entity';

/**
 * Whether a tenant may be served: `suspended` by the platform, `migrating` while its schema is
 * behind what this build expects, else `serviceable`. The one rule for requests on its host,
 * background jobs, the regional read and the tools.
 */
export type Serviceability = 'serviceable' | 'suspended' | 'migrating';

export function serviceabilityOf(
  tenant: Pick<Tenant, 'status' | 'schemaVersion'>,
  migrations: MigrationSets,
): Serviceability {
  if (tenant.status !== 'active') return 'suspended';
  return tenant.schemaVersion < migrations.tenant.length ? 'migrating' : 'serviceable';
}
