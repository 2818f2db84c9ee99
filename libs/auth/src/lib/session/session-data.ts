/** A login waiting for the identity provider's answer: one per browser and tenant. */
export interface PendingLogin {
  tenantId: string;
  handle: string;
  nonce?: string;
  returnTo: string;
  startedAt: number;
}

/** The logged-in part of a session, bound to the tenant (host) where the login happened. */
export interface StaffLogin {
  userId: string;
  tenantId: string;
  authenticatedAt: number;
  /** How the person proved who they are; sessions from before e-mail links existed are `oidc`. */
  via?: 'oidc' | 'email_link';
  /** Kept for the identity provider's logout (`id_token_hint`); none after an e-mail link. */
  idToken?: string;
}

declare module 'express-session' {
  interface SessionData {
    login?: StaffLogin;
    csrfToken?: string;
    pendingLogins?: Record<string, PendingLogin>;
  }
}
