import type { Reflector } from '@nestjs/core';
import { PUBLIC_METADATA, ROLES_METADATA, StaffRole } from '@socialkompas/http';

/** What a route declares: open to everyone, open to some roles, or (a defect) nothing. */
export type RouteAccess = { kind: 'public' } | { kind: 'roles'; roles: StaffRole[] } | { kind: 'undeclared' };

/**
 * The declaration nearest the route wins: a handler's own `@Public` or `@Roles` overrides its
 * controller's.
 */
export function routeAccess(reflector: Reflector, handler: object, controller: object): RouteAccess {
  for (const target of [handler, controller]) {
    const roles = reflector.get<StaffRole[] | undefined>(ROLES_METADATA, target as never);
    if (roles && roles.length > 0) return { kind: 'roles', roles };
    if (reflector.get<boolean | undefined>(PUBLIC_METADATA, target as never)) return { kind: 'public' };
  }
  return { kind: 'undeclared' };
}
