import { useQuery } from '@tanstack/react-query';
import { rememberCsrfToken } from '../api/client';

export type StaffRole = 'platform_admin' | 'tenant_admin' | 'editor' | 'staff' | 'regional_coordinator';

export interface StaffSession {
  authenticated: true;
  user: { id: string; name: string; email: string };
  role: StaffRole;
  csrfToken: string;
}

export type Session = StaffSession | { authenticated: false };

/** Who may use which part of the staff area; mirrors the API's role guards (the API decides). */
export const AREA_ROLES = {
  shortlist: ['staff', 'editor', 'tenant_admin', 'regional_coordinator', 'platform_admin'],
  editorial: ['editor', 'tenant_admin'],
  admin: ['tenant_admin'],
  platform: ['platform_admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffArea = keyof typeof AREA_ROLES;

export function mayUse(session: Session | undefined, area: StaffArea): boolean {
  return session?.authenticated === true && (AREA_ROLES[area] as readonly StaffRole[]).includes(session.role);
}

async function fetchSession(signal: AbortSignal): Promise<Session> {
  const response = await fetch('/api/v1/me', { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) return { authenticated: false };
  const body = (await response.json()) as Partial<StaffSession> & { authenticated?: boolean };
  if (!body.authenticated || !body.user || !body.role || !body.csrfToken) return { authenticated: false };
  rememberCsrfToken(body.csrfToken);
  return { authenticated: true, user: body.user, role: body.role, csrfToken: body.csrfToken };
}

/** The logged-in staff member, if any. Citizens never log in, so this is usually `authenticated: false`. */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
  });
}

/** The login address that brings the user back to where they are. */
export function loginUrl(returnTo: string = window.location.pathname + window.location.search): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Ends the session here and at the IdP. */
export async function logout(): Promise<void> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = await currentCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  const response = await fetch('/auth/logout', { method: 'POST', headers });
  const body = (await response.json().catch(() => ({}))) as { redirectTo?: string };
  window.location.assign(body.redirectTo ?? '/');
}

async function currentCsrfToken(): Promise<string | undefined> {
  const session = await fetchSession(new AbortController().signal);
  return session.authenticated ? session.csrfToken : undefined;
}
