import { normalizeIp } from '@nestjs/throttler';
import { rateLimits } from '@socialkompas/http';
import type { TenantAwareRequest } from '@socialkompas/tenancy';

/** How long until a rate-limited address may try again, in Danish: "40 sekunder", "et minut", "12 minutter". */
function waitInDanish(seconds: number): string {
  if (seconds < 60) return `${Math.max(seconds, 1)} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'et minut' : `${minutes} minutter`;
}

/**
 * The limits of the catalogue's public forms: only routes that opt in with ThrottlerGuard are
 * limited (the public error reports, offer suggestions and reminder-link pages), and the guard also
 * sends Retry-After. Each feature module with such routes imports this, so their guards read these
 * options and not those of another module's limits (the login's). The hits are counted in the
 * application's shared store (Redis where there is one).
 */
export const PUBLIC_RATE_LIMIT = rateLimits({
  throttlers: [{ ttl: 60_000, limit: 60 }],
  errorMessage: (_context, { timeToBlockExpire }) =>
    `For mange forespørgsler på kort tid. Prøv igen om ${waitInDanish(timeToBlockExpire)}.`,
});

/**
 * Counted per tenant and client address (an IPv6 address by its /64, as the guard's own default
 * does): a busy address in one municipality never blocks another's form.
 */
export const perTenantAndClient = (request: Partial<Pick<TenantAwareRequest, 'tenant' | 'ip'>>) =>
  `${request.tenant?.id}:${normalizeIp(request.ip ?? '')}`;

/** The window of the public forms' hourly limits. */
export const HOUR_MS = 60 * 60 * 1000;
