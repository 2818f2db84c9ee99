import type { Request, Response } from 'express';
import { Passport } from 'passport';
import type { Strategy } from 'passport-strategy';

export type PassportOutcome =
  | { kind: 'redirected' }
  | { kind: 'success'; user: unknown; info: { state?: unknown } }
  | { kind: 'failure'; message: string };

const passport = new Passport();

/**
 * Runs a strategy for one request. Passport augments the strategy object it is handed with the
 * request's callbacks, so each request gets its own object inheriting from the cached strategy
 * (handing passport the shared instance would mix up concurrent logins).
 */
export function runPassport(
  strategy: Strategy,
  request: Request,
  response: Response,
  options: Record<string, unknown>,
): Promise<PassportOutcome> {
  return new Promise((resolve, reject) => {
    // A redirect to the identity provider ends the response without calling back.
    response.once('finish', () => resolve({ kind: 'redirected' }));
    const middleware = passport.authenticate(
      Object.create(strategy) as Strategy,
      { ...options, session: false, failWithError: false },
      (error: unknown, user: unknown, info: unknown) => {
        if (error) return reject(error);
        if (user) return resolve({ kind: 'success', user, info: (info ?? {}) as { state?: unknown } });
        resolve({ kind: 'failure', message: messageOf(info) });
      },
    );
    middleware(request, response, reject);
  });
}

function messageOf(info: unknown): string {
  const first = Array.isArray(info) ? info[0] : info;
  if (first && typeof first === 'object' && 'message' in first) return String(first.message);
  return typeof first === 'string' ? first : 'authentication_failed';
}
