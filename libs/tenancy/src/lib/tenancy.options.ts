import { MigrationSets } from './migrations/migration-set';

export interface TenancyOptions {
  /** Tenants are reached at `<slug>.<baseDomain>`; the bare base domain is the platform itself. */
  baseDomain: string;
  migrations: MigrationSets;
}

export const TENANCY_OPTIONS = Symbol('TENANCY_OPTIONS');
