import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { Tenant } from '../registry/tenant.entity';

/** A request whose Host has been resolved to an active tenant by TenantResolutionMiddleware. */
export interface TenantAwareRequest extends Request {
  tenant?: Tenant;
}

export function tenantOf(request: TenantAwareRequest): Tenant {
  if (!request.tenant) {
    throw new Error('No tenant on the request: the route is not covered by TenantResolutionMiddleware.');
  }
  return request.tenant;
}

/** Injects the request's resolved tenant into a handler parameter. */
export const CurrentTenant = createParamDecorator((_data: unknown, context: ExecutionContext): Tenant =>
  tenantOf(context.switchToHttp().getRequest<TenantAwareRequest>()),
);
