import { Environment } from './environment';

/** Where a tenant's site is: plain http with the port locally, https behind the proxy otherwise. */
export function tenantUrl(slug: string, environment: Pick<Environment, 'BASE_DOMAIN' | 'PORT'>): string {
  return environment.BASE_DOMAIN === 'localhost'
    ? `http://${slug}.localhost:${environment.PORT}`
    : `https://${slug}.${environment.BASE_DOMAIN}`;
}

/**
 * Where a tenant's public site is for citizens: the national tenant's is the bare base domain (the
 * national portal), every other tenant's its own subdomain.
 */
export function publicSiteUrl(
  tenant: { slug: string; kind?: string },
  environment: Pick<Environment, 'BASE_DOMAIN' | 'PORT'>,
): string {
  if (tenant.kind !== 'national') return tenantUrl(tenant.slug, environment);
  return environment.BASE_DOMAIN === 'localhost'
    ? `http://localhost:${environment.PORT}`
    : `https://${environment.BASE_DOMAIN}`;
}

/** The address of a tenant's public site, by slug, as the running configuration builds it. */
export type TenantUrl = (slug: string) => string;
export const TENANT_URL = Symbol('TENANT_URL');
