import type { TenantRef } from '@socialkompas/tenancy';
import type { DevelopmentIdpConnection } from './oidc/oidc-settings';

export interface AuthOptions {
  sessionSecret: string;
  /** The session secret before the last rotation: what it signed is still accepted. */
  previousSessionSecret?: string;
  /** Key for OIDC client secrets stored in the database; without it only secrets named by environment variable work. */
  secretsKey?: string;
  /** The key before the last rotation: secrets sealed with it still open. */
  previousSecretsKey?: string;
  baseDomain: string;
  /** The tenant where `platform_admin` memberships count (see PLATFORM_ADMIN_TENANT). */
  platformAdminTenant?: string;
  idleTimeoutMinutes: number;
  absoluteTimeoutHours: number;
  /** The tenant's public address, e.g. https://aarhus.socialkompas.dk, for the links in invitations and login mails. */
  publicUrlOf(tenant: Pick<TenantRef, 'slug'>): string;
  /** The in-process development IdP, for tenants with no issuer of their own (never in production). */
  developmentIdp?: DevelopmentIdpConnection;
  /**
   * Test configuration only: addresses an identity provider may have although the address policy
   * forbids them (e.g. ['127.0.0.1'] for an IdP a test starts). The development IdP's own origin
   * is always reachable.
   */
  outboundAllowAddresses?: string[];
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

/** Cookies are Secure everywhere except on localhost, where the demo runs over plain http. */
export const usesSecureCookies = (options: Pick<AuthOptions, 'baseDomain'>) =>
  options.baseDomain !== 'localhost';

/** `__Host-` makes the browser insist on Secure, path / and no Domain: the cookie stays on its host. */
export const sessionCookieName = (options: Pick<AuthOptions, 'baseDomain'>) =>
  usesSecureCookies(options) ? '__Host-socialkompas' : 'socialkompas_session';
