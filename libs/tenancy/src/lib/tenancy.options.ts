import { MigrationSets } from './migrations/migration-set';

export interface TenancyOptions {
  /** Tenants are reached at `<slug>.<baseDomain>`; the bare base domain is the platform itself. */
  baseDomain: string;
  migrations: MigrationSets;
  /**
   * A tenant's public site, e.g. http://aarhus.localhost:3000 (the national tenant's: the bare
   * base domain), for "Find din kommune" and search results.
   */
  publicUrlOf(tenant: { slug: string; kind: string }): string;
  /**
   * PostgreSQL without a transaction-mode pooler between (DATABASE_DIRECT_URL), for the registry
   * listener's LISTEN, which needs its session for good; unset: the pool's own settings.
   */
  directDatabaseUrl?: string;
}

export const TENANCY_OPTIONS = Symbol('TENANCY_OPTIONS');
