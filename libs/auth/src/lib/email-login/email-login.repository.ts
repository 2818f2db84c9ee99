import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@socialkompas/http';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import type { MembershipStatus } from '../users/membership.dto';

/** The issuer of the people who log in by e-mail link: a user is (this issuer, their address). */
export const EMAIL_LINK_ISSUER = 'urn:socialkompas:email-link';

export type LoginLinkPurpose = 'login' | 'invitation';

/** How many login links were asked for lately, for an address and from a client. */
export interface RecentRequestsRow {
  byAddress: number;
  byClient: number;
  /** When the oldest request counted against the address was made; null when none was. */
  oldestByAddress: Date | null;
  oldestByClient: Date | null;
}

/** An association membership that may ask for a login link. */
export interface LinkableMembershipRow {
  id: string;
  status: MembershipStatus;
}

/** A login link with the membership it opens, locked until the unit of work ends. */
export interface LockedLinkRow {
  membershipId: string;
  purpose: LoginLinkPurpose;
  expiresAt: Date;
  usedAt: Date | null;
  email: string;
  role: StaffRole;
  status: MembershipStatus;
  userId: string | null;
}

interface IdRow {
  id: string;
}

/**
 * The platform rows behind e-mail login: links (stored as hashes), the requests counted for the
 * rate limit, and the users they create. Every query runs in the current unit of work of the
 * request's tenant and names that tenant, so a link or membership of another tenant is not found.
 */
@Injectable()
export class EmailLoginRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async recentRequests(tenantId: string, addressHash: string, ip: string | null, since: Date) {
    const row = await queryRow<RecentRequestsRow>(
      this.tenancy.currentManager(),
      `SELECT count(*) FILTER (WHERE address_hash = $2)::int AS "byAddress",
              count(*) FILTER (WHERE ip = $3::inet)::int AS "byClient",
              min(requested_at) FILTER (WHERE address_hash = $2) AS "oldestByAddress",
              min(requested_at) FILTER (WHERE ip = $3::inet) AS "oldestByClient"
       FROM platform.email_login_requests
       WHERE tenant_id = $1 AND requested_at > $4 AND (address_hash = $2 OR ip = $3::inet)`,
      [tenantId, addressHash, ip, since],
    );
    return row ?? { byAddress: 0, byClient: 0, oldestByAddress: null, oldestByClient: null };
  }

  /** Counts the request, and forgets the tenant's requests older than `forgetBefore`. */
  async recordRequest(tenantId: string, addressHash: string, ip: string | null, forgetBefore: Date) {
    const manager = this.tenancy.currentManager();
    await manager.query(
      `DELETE FROM platform.email_login_requests WHERE tenant_id = $1 AND requested_at < $2`,
      [tenantId, forgetBefore],
    );
    await manager.query(
      `INSERT INTO platform.email_login_requests (tenant_id, address_hash, ip) VALUES ($1, $2, $3)`,
      [tenantId, addressHash, ip],
    );
  }

  findAssociationMembership(tenantId: string, email: string): Promise<LinkableMembershipRow | undefined> {
    return queryRow<LinkableMembershipRow>(
      this.tenancy.currentManager(),
      `SELECT id, status FROM platform.memberships WHERE tenant_id = $1 AND email = $2 AND role = 'association'`,
      [tenantId, email],
    );
  }

  async insertLink(link: {
    tokenHash: string;
    tenantId: string;
    membershipId: string;
    purpose: LoginLinkPurpose;
    expiresAt: Date;
  }): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(
        `INSERT INTO platform.email_login_links (token_hash, tenant_id, membership_id, purpose, expires_at) VALUES ($1, $2, $3, $4, $5)`,
        [link.tokenHash, link.tenantId, link.membershipId, link.purpose, link.expiresAt],
      );
  }

  /** The link and its membership; locked, so two presses of the button cannot both log in. */
  lockLink(tenantId: string, tokenHash: string): Promise<LockedLinkRow | undefined> {
    return queryRow<LockedLinkRow>(
      this.tenancy.currentManager(),
      `SELECT l.membership_id AS "membershipId", l.purpose, l.expires_at AS "expiresAt", l.used_at AS "usedAt",
              m.email, m.role, m.status, m.user_id AS "userId"
       FROM platform.email_login_links l JOIN platform.memberships m ON m.id = l.membership_id
       WHERE l.tenant_id = $1 AND l.token_hash = $2
       FOR UPDATE OF l, m`,
      [tenantId, tokenHash],
    );
  }

  /** The link as the page shows it, without locking or using it. */
  findLink(
    tenantId: string,
    tokenHash: string,
  ): Promise<Pick<LockedLinkRow, 'expiresAt' | 'usedAt'> | undefined> {
    return queryRow<Pick<LockedLinkRow, 'expiresAt' | 'usedAt'>>(
      this.tenancy.currentManager(),
      `SELECT expires_at AS "expiresAt", used_at AS "usedAt" FROM platform.email_login_links
       WHERE tenant_id = $1 AND token_hash = $2`,
      [tenantId, tokenHash],
    );
  }

  async markUsed(tokenHash: string): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(`UPDATE platform.email_login_links SET used_at = now() WHERE token_hash = $1`, [tokenHash]);
  }

  /** The person behind an address, created at their first login; their login is stamped. */
  async userFor(email: string): Promise<string> {
    const [{ id }] = await queryRows<IdRow>(
      this.tenancy.currentManager(),
      `INSERT INTO platform.users (issuer, subject, email, last_login_at) VALUES ($1, $2, $2, now())
       ON CONFLICT (issuer, subject) DO UPDATE SET last_login_at = now() RETURNING id`,
      [EMAIL_LINK_ISSUER, email],
    );
    return id;
  }

  /** Links nobody can use any more. */
  async deleteExpiredLinks(before: Date): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(`DELETE FROM platform.email_login_links WHERE expires_at < $1`, [before]);
  }
}
