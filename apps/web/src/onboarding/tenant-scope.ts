/**
 * Whose tenant an onboarding page works on: the platform operator's chosen tenant (through
 * `/api/v1/platform/tenants/{slug}/…`) or the tenant administrator's own (through `/api/v1/admin/…`).
 * The same step components serve the platform's onboarding wizard and the tenant's admin area.
 */
export type TenantScope = { kind: 'platform'; slug: string } | { kind: 'own' };
