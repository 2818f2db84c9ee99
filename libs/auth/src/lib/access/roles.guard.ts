import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { routeAccess } from './route-access';
import { StaffAwareRequest } from './staff-request';

/**
 * Global guard. Public routes pass; role routes need a logged-in staff member whose membership
 * of this tenant has one of the roles; a route that declares nothing is refused (start-up already
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
    const staff = context.switchToHttp().getRequest<StaffAwareRequest>().staff;
    if (!staff) {
      throw new UnauthorizedException({
        title: 'Log ind',
        detail: 'Denne handling kræver, at du er logget ind som medarbejder.',
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
