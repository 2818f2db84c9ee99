import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@socialkompas/http';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import { DataSource } from 'typeorm';
import type { MembershipStatus } from './membership.dto';
import type { VerifiedIdentity } from './staff-directory';

/** A membership as login needs it: how it was granted decides whether the IdP's groups set its role. */
export interface SignInMembershipRow {
  id: string;
  role: StaffRole;
  status: MembershipStatus;
  source: 'invitation' | 'claim';
}

/** A logged-in person's active role in a tenant, with their address and name from the IdP. */
export interface ActiveStaffRow {
  role: StaffRole;
  email: string | null;
  name: string | null;
  /** Set for `association` members only. */
  organizationId: string | null;
}

interface IdRow {
  id: string;
}

type UserClaims = Pick<VerifiedIdentity, 'issuer' | 'subject' | 'email' | 'name'>;

/**
 * `platform.users` and the memberships that let them in: the queries of login run in the current
 * unit of work (so a login and its audit record commit together, and its row locks stop two
 * simultaneous first logins from both creating a user); the check on every request runs on a
 * pooled connection of its own, as it needs no tenant schema.
 */
@Injectable()
export class StaffDirectoryRepository {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly dataSource: DataSource,
  ) {}

  /** The user's id, their row locked until the login ends; undefined for someone new. */
  async lockUser(issuer: string, subject: string): Promise<string | undefined> {
    const user = await queryRow<IdRow>(
      this.tenancy.currentManager(),
      `SELECT id FROM platform.users WHERE issuer = $1 AND subject = $2 FOR UPDATE`,
      [issuer, subject],
    );
    return user?.id;
  }

  /** Inserts the user, or finds the one a simultaneous first login has just inserted. */
  async insertUser(user: UserClaims): Promise<string> {
    const [{ id }] = await queryRows<IdRow>(
      this.tenancy.currentManager(),
      `INSERT INTO platform.users (issuer, subject, email, name) VALUES ($1, $2, $3, $4)
         ON CONFLICT (issuer, subject) DO UPDATE SET last_login_at = platform.users.last_login_at RETURNING id`,
      [user.issuer, user.subject, user.email, user.name],
    );
    return id;
  }

  /** Takes the IdP's latest address and name (where it gives them) and stamps the login. */
  async refreshUser(userId: string, user: Pick<UserClaims, 'email' | 'name'>): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(
        `UPDATE platform.users SET email = coalesce($2, email), name = coalesce($3, name), last_login_at = now() WHERE id = $1`,
        [userId, user.email, user.name],
      );
  }

  lockMembershipOf(tenantId: string, userId: string): Promise<SignInMembershipRow | undefined> {
    return queryRow<SignInMembershipRow>(
      this.tenancy.currentManager(),
      `SELECT id, role, status, source FROM platform.memberships WHERE tenant_id = $1 AND user_id = $2 FOR UPDATE`,
      [tenantId, userId],
    );
  }

  lockInvitation(tenantId: string, email: string): Promise<SignInMembershipRow | undefined> {
    return queryRow<SignInMembershipRow>(
      this.tenancy.currentManager(),
      // An association's people have no municipal IdP: their invitation is taken by an e-mail link only.
      `SELECT id, role, status, source FROM platform.memberships
       WHERE tenant_id = $1 AND email = $2 AND status = 'invited' AND role <> 'association' FOR UPDATE`,
      [tenantId, email],
    );
  }

  /** The invitation becomes the user's active membership. */
  async acceptInvitation(membershipId: string, userId: string): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(
        `UPDATE platform.memberships SET user_id = $2, status = 'active', version = version + 1, updated_at = now() WHERE id = $1`,
        [membershipId, userId],
      );
  }

  /** An active membership from the IdP's groups; false when the address already has a membership. */
  async insertClaimedMembership(
    tenantId: string,
    userId: string,
    email: string,
    role: StaffRole,
  ): Promise<boolean> {
    const inserted = await queryRows<IdRow>(
      this.tenancy.currentManager(),
      `INSERT INTO platform.memberships (tenant_id, user_id, email, role, status, source) VALUES ($1, $2, $3, $4, 'active', 'claim')
         ON CONFLICT (tenant_id, email) DO NOTHING RETURNING id`,
      [tenantId, userId, email, role],
    );
    return inserted.length > 0;
  }

  /** Read afresh on every request, so a deactivation or a role change takes effect at once. */
  findActiveStaff(userId: string, tenantId: string): Promise<ActiveStaffRow | undefined> {
    return queryRow<ActiveStaffRow>(
      this.dataSource.manager,
      `SELECT m.role, u.email, u.name, m.organization_id AS "organizationId"
       FROM platform.memberships m JOIN platform.users u ON u.id = m.user_id
       WHERE m.user_id = $1 AND m.tenant_id = $2 AND m.status = 'active'`,
      [userId, tenantId],
    );
  }
}
