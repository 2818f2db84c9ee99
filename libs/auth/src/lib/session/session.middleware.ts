import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import { AuthOptions, sessionCookieName, usesSecureCookies } from '../auth.options';
import { PostgresSessionStore } from './postgres-session-store';

/** Where a session may begin: the login flows (state, nonce, then the login itself). */
const STARTS_SESSIONS = '/auth/';

/**
 * express-session with the PostgreSQL store. The cookie is host-only (no Domain), so it belongs to
 * the tenant's host; `rolling` renews it on every response, which makes maxAge the idle time-out.
 * Anonymous visitors get no session and no cookie (saveUninitialized: false); a request that
 * brings no session cookie and is not part of a login is not handed to express-session at all,
 * which would otherwise make (and drop) a session for every citizen's search.
 */
export function sessionMiddleware(store: PostgresSessionStore, options: AuthOptions) {
  const cookie = `${sessionCookieName(options)}=`;
  const withSession = session({
    name: sessionCookieName(options),
    // express-session signs with the first and accepts every one: a rotation logs nobody out.
    secret: options.previousSessionSecret
      ? [options.sessionSecret, options.previousSessionSecret]
      : options.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    unset: 'destroy',
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: usesSecureCookies(options),
      path: '/',
      maxAge: options.idleTimeoutMinutes * 60_000,
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    const bringsSession = request.headers.cookie?.includes(cookie) ?? false;
    if (bringsSession || request.originalUrl.startsWith(STARTS_SESSIONS))
      return withSession(request, response, next);
    next();
  };
}
