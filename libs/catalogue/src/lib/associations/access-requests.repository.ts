import { Injectable } from '@nestjs/common';
import { queryChanges, queryRow, TenancyService } from '@socialkompas/tenancy';
import { reviewPage } from './review-page';
import type { AccessRequestView, ReviewStatus } from './association-work.dto';

const VIEW = `SELECT a.id, a.organization_id AS "organizationId", org.name AS "organizationName", a.name, a.email,
  a.message, a.status, a.reason, a.decided_at AS "decidedAt", a.created_at AS "createdAt"
  FROM association_access_requests a JOIN organizations org ON org.id = a.organization_id`;

/** `association_access_requests`, in the current unit of work of the tenant. */
@Injectable()
export class AccessRequestsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /** The new request's id; undefined when the same address already waits for this association. */
  async insert(request: { organizationId: string; name: string; email: string; message: string }) {
    const row = await queryRow<{ id: string }>(
      this.tenancy.currentManager(),
      `INSERT INTO association_access_requests (organization_id, name, email, message) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, email) WHERE status = 'pending' DO NOTHING RETURNING id`,
      [request.organizationId, request.name, request.email, request.message],
    );
    return row?.id;
  }

  /** The request, locked until the decision commits. */
  lock(id: string): Promise<AccessRequestView | undefined> {
    return queryRow<AccessRequestView>(
      this.tenancy.currentManager(),
      `${VIEW} WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
  }

  find(id: string): Promise<AccessRequestView | undefined> {
    return queryRow<AccessRequestView>(this.tenancy.currentManager(), `${VIEW} WHERE a.id = $1`, [id]);
  }

  /** Oldest first: the editors work through them in the order they came. */
  page(status: ReviewStatus, page: number, size: number) {
    return reviewPage<AccessRequestView>(
      this.tenancy.currentManager(),
      { view: VIEW, alias: 'a', table: 'association_access_requests' },
      { status, page, size },
    );
  }

  async decide(id: string, status: Exclude<ReviewStatus, 'pending'>, reason: string | null): Promise<void> {
    await queryChanges(
      this.tenancy.currentManager(),
      `UPDATE association_access_requests SET status = $2, reason = $3, decided_at = now() WHERE id = $1`,
      [id, status, reason],
    );
  }
}
