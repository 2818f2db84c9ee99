import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { routeAccess } from './route-access';
import { CSRF_HEADER, csrfTokenMatches, isStateChanging } from '../session/csrf';
import { StaffAwareRequest } from './staff-request';

/**
 * Global guard. Public routes pass; role routes need a logged-in staff member whose membership
 * of this tenant has one of the roles, and for a change the session's CSRF token; a route that declares nothing is refused (start-up already
 * refuses such an application, see RouteAccessCheck).
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = routeAccess(this.reflector, context.getHandler(), context.getClass());
    if (access.kind === 'public') return true;
    if (access.kind === 'undeclared') {
      throw new ForbiddenException({ title: 'Adgang nægtet', detail: 'Ruten har ingen adgangsregel.' });
    }
    const request = context.switchToHttp().getRequest<StaffAwareRequest>();
    const staff = request.staff;
    if (!staff) {
      throw new UnauthorizedException({
        title: 'Log ind',
        detail: 'Denne handling kræver, at du er logget ind som medarbejder.',
      });
    }
    // A change made with the session's authority must prove it comes from our own pages.
    if (
      isStateChanging(request.method) &&
      !csrfTokenMatches(request.session?.csrfToken, request.headers[CSRF_HEADER])
    ) {
      throw new ForbiddenException({
        title: 'Ugyldig CSRF-token',
        detail: `Ændringer kræver headeren ${CSRF_HEADER} med tokenet fra GET /api/v1/me.`,
      });
    }
    if (!access.roles.includes(staff.role)) {
      throw new ForbiddenException({
        title: 'Ingen adgang',
        detail: `Din rolle (${staff.role}) giver ikke adgang. Det kræver: ${access.roles.join(' eller ')}.`,
      });
    }
    return true;
  }
}
