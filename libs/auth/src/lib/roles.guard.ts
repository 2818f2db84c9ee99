import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLES_METADATA, StaffRole } from './roles';

/**
 * Global guard for role-protected routes. Staff login does not exist yet, so nobody holds a role
 * and every such route is refused: protected routes are closed, never open, until login lands.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) return true;
    throw new ForbiddenException({
      title: 'Kræver login',
      detail: `Denne handling kræver login som ${roles.join(' eller ')}. Login for medarbejdere er endnu ikke slået til.`,
    });
  }
}
