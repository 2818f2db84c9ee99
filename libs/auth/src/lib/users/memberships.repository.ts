import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@socialkompas/http';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import type { MembershipStatus } from './membership.dto';

/** A membership with its user's name and last login, as the tenant administrator sees it. */
export interface MembershipRow {
  id: string;
  email: string;
  role: StaffRole;
  status: MembershipStatus;
  version: number;
  /** Null until the first login. */
  userId: string | null;
  name: string | null;
  lastLoginAt: Date | null;
  /** The association an `association` member acts for; null for every other role. */
  organizationId: string | null;
  createdAt: Date;
}

interface IdRow {
  id: string;
}

interface TotalRow {
  total: number;
}

const VIEW = `SELECT m.id, m.email, m.role, m.status, m.version, m.user_id AS "userId", u.name,
  u.last_login_at AS "lastLoginAt", m.organization_id AS "organizationId", m.created_at AS "createdAt"
  FROM platform.memberships m LEFT JOIN platform.users u ON u.id = m.user_id`;

/** The tenant's memberships, optionally only those of one status; $1 is the tenant, $2 the status. */
const OF_TENANT = `WHERE m.tenant_id = $1 AND ($2::text IS NULL OR m.status = $2)`;

/**
 * `platform.memberships`, always read by tenant id, so a membership of another tenant is simply
 * not found. Every query runs in the current unit of work, so a change commits together with its
 * audit record, and row locks hold until that unit ends.
 */
@Injectable()
export class MembershipsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async count(tenantId: string, status: MembershipStatus | null): Promise<number> {
    const [{ total }] = await queryRows<TotalRow>(
      this.tenancy.currentManager(),
      `SELECT count(*)::int AS total FROM platform.memberships m ${OF_TENANT}`,
      [tenantId, status],
    );
    return total;
  }

  /** A page of the tenant's memberships, by e-mail address. */
  page(
    tenantId: string,
    status: MembershipStatus | null,
    limit: number,
    offset: number,
  ): Promise<MembershipRow[]> {
    return queryRows<MembershipRow>(
      this.tenancy.currentManager(),
      `${VIEW} ${OF_TENANT} ORDER BY m.email LIMIT $3 OFFSET $4`,
      [tenantId, status, limit, offset],
    );
  }

  find(tenantId: string, id: string): Promise<MembershipRow | undefined> {
    return queryRow<MembershipRow>(
      this.tenancy.currentManager(),
      `${VIEW} WHERE m.tenant_id = $1 AND m.id = $2`,
      [tenantId, id],
    );
  }

  /**
   * The new invitation's id, or undefined when the address is already invited or a member. An
   * `association` invitation names its organisation (a row of the tenant's own schema).
   */
  async insertInvitation(
    tenantId: string,
    email: string,
    role: StaffRole,
    organizationId: string | null = null,
  ): Promise<string | undefined> {
    const created = await queryRow<IdRow>(
      this.tenancy.currentManager(),
      `INSERT INTO platform.memberships (tenant_id, email, role, organization_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, email) DO NOTHING RETURNING id`,
      [tenantId, email, role, organizationId],
    );
    return created?.id;
  }

  /** The members and invitations of one association, by e-mail address. */
  ofOrganization(tenantId: string, organizationId: string): Promise<MembershipRow[]> {
    return queryRows<MembershipRow>(
      this.tenancy.currentManager(),
      `${VIEW} WHERE m.tenant_id = $1 AND m.organization_id = $2 ORDER BY m.email`,
      [tenantId, organizationId],
    );
  }

  /** Locks the membership for a change; false when the tenant has no such membership. */
  async lock(tenantId: string, id: string): Promise<boolean> {
    const locked = await queryRows<IdRow>(
      this.tenancy.currentManager(),
      `SELECT id FROM platform.memberships WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tenantId, id],
    );
    return locked.length > 0;
  }

  /** Locks the tenant's active administrators and says how many there are. */
  async lockActiveAdmins(tenantId: string): Promise<number> {
    const admins = await queryRows<IdRow>(
      this.tenancy.currentManager(),
      `SELECT id FROM platform.memberships WHERE tenant_id = $1 AND role = 'tenant_admin' AND status = 'active' FOR UPDATE`,
      [tenantId],
    );
    return admins.length;
  }

  async setRole(id: string, role: StaffRole): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(
        `UPDATE platform.memberships SET role = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, role],
      );
  }

  async setStatus(id: string, status: MembershipStatus): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(
        `UPDATE platform.memberships SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, status],
      );
  }

  async delete(id: string): Promise<void> {
    await this.tenancy.currentManager().query(`DELETE FROM platform.memberships WHERE id = $1`, [id]);
  }
}
