import { SetMetadata } from '@nestjs/common';

export const STAFF_ROLES = [
  'platform_admin',
  'tenant_admin',
  'editor',
  'staff',
  'regional_coordinator',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who maintains the catalogue: editors, and tenant administrators who may do anything editors do. */
export const EDITORIAL_ROLES: StaffRole[] = ['editor', 'tenant_admin'];

export const ROLES_METADATA = 'socialkompas:roles';

/** The staff roles that may call a route. Every route states either this or `@Public`. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES_METADATA, roles);
