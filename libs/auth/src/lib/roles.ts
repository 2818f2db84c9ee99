import { SetMetadata } from '@nestjs/common';

export const STAFF_ROLES = [
  'platform_admin',
  'tenant_admin',
  'editor',
  'staff',
  'regional_coordinator',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLES_METADATA = 'socialkompas:roles';

/** The staff roles that may call a route. Routes without it are public. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES_METADATA, roles);
