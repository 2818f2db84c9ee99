import { SetMetadata } from '@nestjs/common';

export const STAFF_ROLES = [
  'platform_admin',
  'tenant_admin',
  'editor',
  'staff',
  'regional_coordinator',
  'association',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * The roles a tenant administrator grants to an e-mail address. `association` is not one: an
 * association's people are invited to their association by an editor, and log in by e-mail link.
 */
export const INVITABLE_ROLES = STAFF_ROLES.filter(
  (role): role is Exclude<StaffRole, 'association'> => role !== 'association',
);
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** Who maintains the catalogue: editors, and tenant administrators who may do anything editors do. */
export const EDITORIAL_ROLES: StaffRole[] = ['editor', 'tenant_admin'];

export const ROLES_METADATA = 'socialkompas:roles';

/** The staff roles that may call a route. Every route states either this or `@Public`. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES_METADATA, roles);
