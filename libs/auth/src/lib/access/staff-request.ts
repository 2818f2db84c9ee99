import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { TenantAwareRequest } from '@socialkompas/tenancy';
import type { StaffRole } from '@socialkompas/http';

/** The logged-in staff member behind a request, with their role in the request's tenant. */
export interface StaffIdentity {
  userId: string;
  tenantId: string;
  role: StaffRole;
  email: string | null;
  name: string | null;
  /** The association an `association` member acts for (their membership's organisation). */
  organizationId?: string;
}

export interface StaffAwareRequest extends TenantAwareRequest {
  staff?: StaffIdentity;
}

/** The staff member of a role-protected route (the roles guard has made sure there is one). */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffIdentity => {
    const staff = context.switchToHttp().getRequest<StaffAwareRequest>().staff;
    if (!staff) throw new Error('No staff member on the request: the route is missing @Roles.');
    return staff;
  },
);
