import session from 'express-session';
import { AuthOptions, sessionCookieName, usesSecureCookies } from '../auth.options';
import { PostgresSessionStore } from './postgres-session-store';

/**
 * express-session with the PostgreSQL store. The cookie is host-only (no Domain), so it belongs to
 * the tenant's host; `rolling` renews it on every response, which makes maxAge the idle time-out.
 * Anonymous visitors get no session and no cookie (saveUninitialized: false).
 */
export function sessionMiddleware(store: PostgresSessionStore, options: AuthOptions) {
  return session({
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
}
