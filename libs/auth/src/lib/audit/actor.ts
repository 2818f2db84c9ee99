import { isIP } from 'node:net';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { StaffAwareRequest } from '../access/staff-request';

/** Who did something, as the audit log records it. */
export interface Actor {
  /** The platform user, or null for someone without a login (e.g. a failed login). */
  userId: string | null;
  label: string;
  ip: string | null;
}

/** The client's address as the audit log's `inet` column takes it; a forwarded non-address is none. */
export function clientAddress(request: Request): string | null {
  return request.ip && isIP(request.ip) ? request.ip : null;
}

export function actorOf(request: StaffAwareRequest): Actor {
  const staff = request.staff;
  return {
    userId: staff?.userId ?? null,
    label: staff ? (staff.name ?? staff.email ?? staff.userId) : 'anonym',
    ip: clientAddress(request),
  };
}

/** The actor behind the request: the logged-in staff member and their address. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<StaffAwareRequest>()),
);
