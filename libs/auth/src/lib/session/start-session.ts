import type { Request } from 'express';
import { newCsrfToken } from './csrf';
import type { StaffLogin } from './session-data';

/**
 * Starts a logged-in session: a new session id (a session id planted before login is worth
 * nothing after it), the login bound to its tenant, and a fresh CSRF token. The same for every way
 * of logging in, so every logged-in person follows the same session and CSRF rules.
 */
export async function startLoggedInSession(request: Request, login: StaffLogin): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    request.session.regenerate((error) => (error ? reject(error) : resolve())),
  );
  request.session.login = login;
  request.session.csrfToken = newCsrfToken();
  await new Promise<void>((resolve, reject) =>
    request.session.save((error) => (error ? reject(error) : resolve())),
  );
}
