import { Injectable } from '@nestjs/common';
import { TenancyService, TenantRef } from '@socialkompas/tenancy';
import type { StaffRole } from '@socialkompas/http';

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

interface MembershipRow {
  id: string;
  role: StaffRole;
  status: 'invited' | 'active' | 'deactivated';
  source: 'invitation' | 'claim';
}

/**
 * Decides who may log in to a tenant. A user is (issuer, subject). Someone without an active
 * membership gets in only by an invitation to their (verified) e-mail address, or where the
 * tenant allows self-provisioning and the claim mapping gives them a role. Runs inside the
 * tenant's unit of work, so the decision and its audit record commit together.
 */
@Injectable()
export class StaffDirectory {
  constructor(private readonly tenancy: TenancyService) {}

  async signIn(tenant: TenantRef, identity: VerifiedIdentity): Promise<SignInResult> {
    const manager = this.tenancy.currentManager();
    const [existing] = await manager.query(
      `SELECT id FROM platform.users WHERE issuer = $1 AND subject = $2 FOR UPDATE`,
      [identity.issuer, identity.subject],
    );
    const userId: string | null = existing?.id ?? null;
    if (userId) {
      const [membership]: MembershipRow[] = await manager.query(
        `SELECT id, role, status, source FROM platform.memberships WHERE tenant_id = $1 AND user_id = $2 FOR UPDATE`,
        [tenant.id, userId],
      );
      if (membership?.status === 'deactivated') return { ok: false, reason: 'deactivated', userId };
      if (membership?.status === 'active') {
        const role = membership.source === 'claim' ? identity.provisionedRole : membership.role;
        // A self-provisioned role follows the IdP's groups: out of the group, out of Socialkompas.
        if (!role) return { ok: false, reason: 'no_mapped_role', userId };
        if (role !== membership.role) {
          await manager.query(
            `UPDATE platform.memberships SET role = $2, version = version + 1, updated_at = now() WHERE id = $1`,
            [membership.id, role],
          );
        }
        await this.refreshUser(userId, identity);
        return { ok: true, userId, role, via: 'membership' };
      }
    }

    const email = identity.email?.toLowerCase() ?? null;
    if (email && identity.emailVerified) {
      const [invitation]: MembershipRow[] = await manager.query(
        `SELECT id, role, status, source FROM platform.memberships WHERE tenant_id = $1 AND email = $2 AND status = 'invited' FOR UPDATE`,
        [tenant.id, email],
      );
      if (invitation) {
        const id = userId ?? (await this.createUser(identity));
        await manager.query(
          `UPDATE platform.memberships SET user_id = $2, status = 'active', version = version + 1, updated_at = now() WHERE id = $1`,
          [invitation.id, id],
        );
        await this.refreshUser(id, identity);
        return { ok: true, userId: id, role: invitation.role, via: 'invitation' };
      }
    }

    if (identity.provisionedRole && email) {
      const id = userId ?? (await this.createUser(identity));
      const inserted = await manager.query(
        `INSERT INTO platform.memberships (tenant_id, user_id, email, role, status, source) VALUES ($1, $2, $3, $4, 'active', 'claim')
         ON CONFLICT (tenant_id, email) DO NOTHING RETURNING id`,
        [tenant.id, id, email, identity.provisionedRole],
      );
      if (inserted.length > 0) {
        await this.refreshUser(id, identity);
        return { ok: true, userId: id, role: identity.provisionedRole, via: 'self_provisioning' };
      }
    }
    return { ok: false, reason: 'not_invited', userId };
  }

  /** Inserts the user, or finds the one a simultaneous first login has just inserted. */
  private async createUser(identity: VerifiedIdentity): Promise<string> {
    const [user] = await this.tenancy.currentManager().query(
      `INSERT INTO platform.users (issuer, subject, email, name) VALUES ($1, $2, $3, $4)
         ON CONFLICT (issuer, subject) DO UPDATE SET last_login_at = platform.users.last_login_at RETURNING id`,
      [identity.issuer, identity.subject, identity.email, identity.name],
    );
    return user.id;
  }

  /** The IdP is the source of a person's name and address: take its latest word at every login. */
  private async refreshUser(userId: string, identity: VerifiedIdentity): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(
        `UPDATE platform.users SET email = coalesce($2, email), name = coalesce($3, name), last_login_at = now() WHERE id = $1`,
        [userId, identity.email, identity.name],
      );
  }
}
