import { InvalidTenantSlugError } from './tenancy.errors';

/** Slugs become schema names, so they are the one place SQL identifiers come from user input. */
export const TENANT_SLUG_PATTERN = /^[a-z][a-z0-9_]{1,40}$/;

const RESERVED_SLUGS = new Set([
  'public',
  'platform',
  'information_schema',
  'admin',
  'api',
  'www',
  'auth',
  'static',
]);

export function assertValidTenantSlug(slug: string): void {
  if (!TENANT_SLUG_PATTERN.test(slug) || RESERVED_SLUGS.has(slug) || slug.startsWith('pg_')) {
    throw new InvalidTenantSlugError(slug);
  }
}

/** The schema that holds one tenant's catalogue: `t_<slug>`. */
export function tenantSchemaName(slug: string): string {
  assertValidTenantSlug(slug);
  return `t_${slug}`;
}

/** Quotes an identifier for PostgreSQL; only ever applied to names that passed the slug check. */
export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
