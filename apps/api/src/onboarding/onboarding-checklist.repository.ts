import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRow, queryRows, TenantSummary } from '@socialkompas/tenancy';

export interface TenantAdminRow {
  email: string;
  loggedIn: boolean;
  /** The invitation mail's state in the tenant's outbox, null when there is none. */
  mailStatus: 'pending' | 'sent' | 'failed' | 'held' | null;
}

export interface OfferCountsRow {
  total: number;
  published: number;
}

/**
 * The live state each onboarding step reads, where it lives: the platform's registry, IdP and
 * memberships, and the tenant's own outbox and offers. Runs inside the tenant's unit of work.
 */
export interface IdentityProviderRow {
  issuer: string;
  preset: string;
  lastTestOk: boolean | null;
}

@Injectable()
export class OnboardingChecklistRepository {
  /** The tenant's identity provider and the outcome of its last "Test forbindelse", if any. */
  identityProvider(manager: EntityManager, tenantId: string): Promise<IdentityProviderRow | undefined> {
    return queryRow<IdentityProviderRow>(
      manager,
      `SELECT issuer, preset, last_test_ok AS "lastTestOk" FROM platform.oidc_providers WHERE tenant_id = $1`,
      [tenantId],
    );
  }

  /** The tenant's administrators, the earliest first, each with their invitation mail's state. */
  tenantAdmins(manager: EntityManager, tenantId: string): Promise<TenantAdminRow[]> {
    return queryRows<TenantAdminRow>(
      manager,
      `SELECT m.email, m.user_id IS NOT NULL AS "loggedIn", o.status AS "mailStatus"
       FROM platform.memberships m
       LEFT JOIN outbox o ON o.dedupe_key = 'invitation:' || m.id
       WHERE m.tenant_id = $1 AND m.role = 'tenant_admin' AND m.status <> 'deactivated'
       ORDER BY m.created_at, m.email`,
      [tenantId],
    );
  }

  async offerCounts(manager: EntityManager): Promise<OfferCountsRow> {
    const row = await queryRow<OfferCountsRow>(
      manager,
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE status = 'published'))::int AS published FROM offers`,
    );
    return row ?? { total: 0, published: 0 };
  }

  regionOf(manager: EntityManager, tenantId: string): Promise<TenantSummary | undefined> {
    return queryRow<TenantSummary>(
      manager,
      `SELECT r.slug, r.name FROM platform.region_members m JOIN platform.tenants r ON r.id = m.region_id
       WHERE m.municipality_id = $1`,
      [tenantId],
    );
  }
}
