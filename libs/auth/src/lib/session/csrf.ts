import { randomBytes, timingSafeEqual } from 'node:crypto';

export const CSRF_HEADER = 'x-csrf-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isStateChanging = (method: string) => UNSAFE_METHODS.has(method.toUpperCase());

export const newCsrfToken = () => randomBytes(32).toString('base64url');

/** Constant-time comparison of the session's token with the one the request sent. */
export function csrfTokenMatches(expected: string | undefined, sent: unknown): boolean {
  if (!expected || typeof sent !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}
