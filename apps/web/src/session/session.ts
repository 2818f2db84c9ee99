import { useQuery } from '@tanstack/react-query';
import { api, rememberCsrfToken, unwrap } from '../api/client';
import type { ResponseOf } from '../api/types';

type Me = ResponseOf<'/api/v1/me', 'get'>;
export type StaffSession = Extract<Me, { authenticated: true }> & { csrfToken: string };
export type StaffRole = StaffSession['role'];

export type Session = StaffSession | { authenticated: false };

/** Who may use which part of the staff area; mirrors the API's role guards (the API decides). */
export const AREA_ROLES = {
  shortlist: ['staff', 'editor', 'tenant_admin', 'regional_coordinator', 'platform_admin'],
  editorial: ['editor', 'tenant_admin'],
  admin: ['tenant_admin'],
  platform: ['platform_admin'],
  region: ['regional_coordinator', 'tenant_admin'],
  association: ['association'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffArea = keyof typeof AREA_ROLES;

export function mayUse(session: Session | undefined, area: StaffArea): boolean {
  return session?.authenticated === true && (AREA_ROLES[area] as readonly StaffRole[]).includes(session.role);
}

async function fetchSession(signal: AbortSignal): Promise<Session> {
  const me = await unwrap(api.GET('/api/v1/me', { signal }));
  // A session without a token could change nothing; it counts as not logged in.
  if (!me.authenticated || !me.csrfToken) return { authenticated: false };
  rememberCsrfToken(me.csrfToken);
  return { ...me, csrfToken: me.csrfToken };
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

/**
 * Ends the session here and at the IdP, whose own logout page the browser then visits. Answers
 * false when the session could not be ended, so nobody leaves a shared computer believing it was.
 */
export async function logout(): Promise<boolean> {
  const token = await currentCsrfToken();
  if (token) rememberCsrfToken(token);
  const answer = await api.POST('/auth/logout').catch(() => undefined);
  if (!answer?.response.ok) return false;
  window.location.assign(answer.data?.redirectTo ?? '/');
  return true;
}

async function currentCsrfToken(): Promise<string | undefined> {
  const session = await fetchSession(new AbortController().signal).catch(() => undefined);
  return session?.authenticated ? session.csrfToken : undefined;
}
