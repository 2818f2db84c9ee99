import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { StaffAwareRequest } from '../access/staff-request';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';
import { StaffDirectoryRepository } from '../users/staff-directory.repository';
import './session-data';

/**
 * Turns the session into `request.staff`. A login counts only on the tenant (host) where it
 * happened, within the absolute time-out, and while the membership is still active: the role is
 * read afresh on every request, so a deactivation or role change takes effect at once. The
 * CSRF token is checked where the staff member's authority is used: in the roles guard.
 */
@Injectable()
export class StaffAuthenticationMiddleware implements NestMiddleware {
  constructor(
    private readonly directory: StaffDirectoryRepository,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  async use(request: StaffAwareRequest, _response: Response, next: NextFunction): Promise<void> {
    const login = request.session?.login;
    if (!login || !request.tenant || login.tenantId !== request.tenant.id) return next();
    if (Date.now() - login.authenticatedAt > this.options.absoluteTimeoutHours * 3_600_000) {
      delete request.session.login;
      delete request.session.csrfToken;
      return next();
    }
    const membership = await this.directory.findActiveStaff(login.userId, login.tenantId);
    if (!membership) return next();
    // A tenant's own IdP vouches for its staff, not for the platform: platform administration
    // counts only in the tenant whose IdP the operator named for it.
    if (membership.role === 'platform_admin' && request.tenant.slug !== this.options.platformAdminTenant)
      return next();
    // An e-mail link vouches for an association's member and for nobody with a staff role.
    if ((login.via === 'email_link') !== (membership.role === 'association')) return next();
    const { organizationId, ...staff } = membership;
    request.staff = {
      userId: login.userId,
      tenantId: login.tenantId,
      ...staff,
      ...(organizationId ? { organizationId } : {}),
    };
    next();
  }
}
