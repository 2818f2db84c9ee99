import type { JWTPayload } from 'jose';
import type { StaffRole } from '@socialkompas/http';
import type { VerifiedIdentity } from '../users/staff-directory';
import type { OidcSettings } from './oidc-settings';

/** Self-provisioning gives the strongest mapped role; never platform_admin, which no claim can grant. */
const PROVISIONABLE_ROLES: StaffRole[] = ['tenant_admin', 'editor', 'staff', 'regional_coordinator'];

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** Reads the person out of a verified ID token through the tenant's claim mapping. */
export function identityFromClaims(claims: JWTPayload, settings: OidcSettings): VerifiedIdentity {
  const mapping = settings.claimMapping;
  const groupsClaim = claims[mapping.groups ?? 'groups'];
  const groups = Array.isArray(groupsClaim)
    ? groupsClaim.map(String)
    : text(groupsClaim)
      ? [String(groupsClaim)]
      : [];
  const mappedRoles = new Set(groups.map((group) => mapping.roles?.[group]).filter(Boolean));
  return {
    issuer: String(claims.iss),
    subject: String(claims.sub),
    email: text(claims[mapping.email ?? 'email']),
    // Only an explicit yes (some IdPs send it as text), or a tenant that vouches for its IdP.
    emailVerified:
      claims['email_verified'] === true || claims['email_verified'] === 'true' || mapping.trustEmail === true,
    name: text(claims[mapping.name ?? 'name']),
    provisionedRole: settings.selfProvisioning
      ? (PROVISIONABLE_ROLES.find((role) => mappedRoles.has(role)) ?? null)
      : null,
  };
}
