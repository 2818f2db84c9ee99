import { timingSafeEqual } from 'node:crypto';
import type { StaffAwareRequest } from '../access/staff-request';
import type { PendingLogin } from '../session/session-data';

/** How long a user may spend at the identity provider before the login has to start over. */
const PENDING_LOGIN_MS = 10 * 60_000;

type Verified = (error: Error | null, context?: { nonce?: string } | false, state?: unknown) => void;

/**
 * passport-openidconnect's state store, one per tenant strategy. The pending login (state handle,
 * nonce, where to return) lives in the session under the tenant's id, is used at most once, and
 * is honoured only on the same tenant's host and within ten minutes.
 */
export class TenantStateStore {
  constructor(private readonly tenantId: string) {}

  store(
    request: StaffAwareRequest,
    context: { nonce?: string },
    appState: { returnTo: string },
    _meta: unknown,
    done: (error: Error | null, handle?: string) => void,
  ): void {
    const handle = crypto.randomUUID();
    const pending: PendingLogin = {
      tenantId: this.tenantId,
      handle,
      nonce: context.nonce,
      returnTo: appState.returnTo,
      startedAt: Date.now(),
    };
    request.session.pendingLogins = { ...request.session.pendingLogins, [this.tenantId]: pending };
    done(null, handle);
  }

  verify(request: StaffAwareRequest, handle: unknown, done: Verified): void {
    const pendingLogins = request.session?.pendingLogins;
    const pending = pendingLogins?.[this.tenantId];
    // Used at most once: removed before it is checked.
    if (pendingLogins && pending) delete pendingLogins[this.tenantId];
    if (!pending || typeof handle !== 'string' || !sameText(pending.handle, handle)) {
      return done(null, false, { message: 'invalid_state' });
    }
    if (pending.tenantId !== request.tenant?.id) return done(null, false, { message: 'wrong_tenant' });
    if (Date.now() - pending.startedAt > PENDING_LOGIN_MS)
      return done(null, false, { message: 'login_expired' });
    done(null, { nonce: pending.nonce }, { returnTo: pending.returnTo });
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
