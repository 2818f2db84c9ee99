import type { PublicTenant } from '../tenant/tenant';
import type { StaffRole } from './admin-api';

/**
 * The roles a tenant administrator may give here, as the API allows them: regional coordinators
 * exist only in a region, and platform administrators are made by the platform.
 */
export function assignableRoles(tenant: Pick<PublicTenant, 'kind'>): StaffRole[] {
  const roles: StaffRole[] = ['staff', 'editor', 'tenant_admin'];
  return tenant.kind === 'region' ? [...roles, 'regional_coordinator'] : roles;
}
