import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@socialkompas/http';
import type { TenantRef } from '@socialkompas/tenancy';
import { MembershipsRepository } from './memberships.repository';
import { StaffDirectoryRepository } from './staff-directory.repository';

/** What the identity provider told us about the person logging in. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** False only when the IdP says outright that the address is unverified. */
  emailVerified: boolean;
  name: string | null;
  /** The role the tenant's claim mapping gives this person, if self-provisioning may use it. */
  provisionedRole: StaffRole | null;
}

export type SignInResult =
  | { ok: true; userId: string; role: StaffRole; via: 'membership' | 'invitation' | 'self_provisioning' }
  | { ok: false; reason: 'deactivated' | 'not_invited' | 'no_mapped_role'; userId: string | null };

/**
 * Decides who may log in to a tenant. A user is (issuer, subject). Someone without an active
 * membership gets in only by an invitation to their (verified) e-mail address, or where the
 * tenant allows self-provisioning and the claim mapping gives them a role. Runs inside the
 * tenant's unit of work, so the decision and its audit record commit together.
 */
@Injectable()
export class StaffDirectory {
  constructor(
    private readonly directory: StaffDirectoryRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  async signIn(tenant: TenantRef, identity: VerifiedIdentity): Promise<SignInResult> {
    const userId = (await this.directory.lockUser(identity.issuer, identity.subject)) ?? null;
    if (userId) {
      const membership = await this.directory.lockMembershipOf(tenant.id, userId);
      if (membership?.status === 'deactivated') return { ok: false, reason: 'deactivated', userId };
      if (membership?.status === 'active') {
        const role = membership.source === 'claim' ? identity.provisionedRole : membership.role;
        // A self-provisioned role follows the IdP's groups: out of the group, out of Socialkompas.
        if (!role) return { ok: false, reason: 'no_mapped_role', userId };
        if (role !== membership.role) await this.memberships.setRole(membership.id, role);
        await this.directory.refreshUser(userId, identity);
        return { ok: true, userId, role, via: 'membership' };
      }
    }

    const email = identity.email?.toLowerCase() ?? null;
    if (email && identity.emailVerified) {
      const invitation = await this.directory.lockInvitation(tenant.id, email);
      if (invitation) {
        const id = userId ?? (await this.directory.insertUser(identity));
        await this.directory.acceptInvitation(invitation.id, id);
        await this.directory.refreshUser(id, identity);
        return { ok: true, userId: id, role: invitation.role, via: 'invitation' };
      }
    }

    if (identity.provisionedRole && email) {
      const id = userId ?? (await this.directory.insertUser(identity));
      if (await this.directory.insertClaimedMembership(tenant.id, id, email, identity.provisionedRole)) {
        await this.directory.refreshUser(id, identity);
        return { ok: true, userId: id, role: identity.provisionedRole, via: 'self_provisioning' };
      }
    }
    return { ok: false, reason: 'not_invited', userId };
  }
}
