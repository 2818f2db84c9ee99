import { createHash, timingSafeEqual } from 'node:crypto';

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether an Authorization header carries the metrics token as a bearer token. Compared in
 * constant time (of digests, so the lengths match too): the time taken tells nothing of the token.
 */
export function carriesMetricsToken(authorization: string | undefined, token: string): boolean {
  const offered = BEARER.exec(authorization ?? '')?.[1];
  return offered !== undefined && timingSafeEqual(digest(offered), digest(token));
}
