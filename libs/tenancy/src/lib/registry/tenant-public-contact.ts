import type { Tenant } from './tenant.entity';

/** What the public footer shows of a tenant: its accessibility statement and how to reach it. */
export interface TenantPublicContact {
  accessibilityStatementUrl: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

/** Reads the public contact details from the tenant's settings; anything but text counts as unset. */
export function tenantPublicContact(tenant: Pick<Tenant, 'settings'>): TenantPublicContact {
  const settings = tenant.settings ?? {};
  const text = (key: keyof TenantPublicContact) => {
    const value = settings[key];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return {
    accessibilityStatementUrl: text('accessibilityStatementUrl'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
  };
}
