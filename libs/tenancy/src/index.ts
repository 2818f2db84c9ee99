export * from './lib/tenancy.errors';
export * from './lib/tenant-slug';
export * from './lib/tenancy.options';
export * from './lib/tenancy.module';
export * from './lib/registry/tenant.entity';
export * from './lib/registry/tenant-public-contact';
export * from './lib/registry/tenant-domain.entity';
export * from './lib/registry/region-member.entity';
export * from './lib/registry/resolve-tenant-from-host';
export * from './lib/registry/tenant-registry.service';
export * from './lib/registry/tenant-serviceability';
export * from './lib/context/tenancy.service';
export * from './lib/context/tenant-scoped.repository';
export * from './lib/migrations/migration-set';
export * from './lib/migrations/migration-runner';
export * from './lib/provisioning/tenant-provisioning.service';
export * from './lib/http/tenant-request';
export * from './lib/http/tenant-unit-of-work.interceptor';
export * from './lib/http/public-tenant.dto';
export * from './lib/http/tenant-view';

/** Entities of the shared `platform` schema that the tenancy layer owns. */
import { RegionMember } from './lib/registry/region-member.entity';
import { Tenant } from './lib/registry/tenant.entity';
import { TenantDomain } from './lib/registry/tenant-domain.entity';
export const TENANCY_ENTITIES = [Tenant, TenantDomain, RegionMember];
export { forgetResolvedHosts } from './lib/http/resolved-hosts';
export * from './lib/sql/escape-like';
export * from './lib/sql/query-rows';
