import { Injectable } from '@nestjs/common';
import { queryChanges, queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import { reviewPage } from './review-page';
import type { OfferRevisionView, ReviewStatus } from './association-work.dto';

const VIEW = `SELECT r.id, r.offer_id AS "offerId", o.name AS "offerName", o.organization_id AS "organizationId",
  org.name AS "organizationName", r.base_version AS "baseVersion", r.changes, r.status, r.proposed_by AS "proposedBy",
  r.reason, r.decided_by AS "decidedBy", r.decided_at AS "decidedAt", r.created_at AS "createdAt", r.updated_at AS "updatedAt"
  FROM offer_revisions r JOIN offers o ON o.id = r.offer_id JOIN organizations org ON org.id = o.organization_id`;

/** `offer_revisions`: associations' proposed changes, one open per offer, in the current unit of work. */
@Injectable()
export class OfferRevisionsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  find(id: string): Promise<OfferRevisionView | undefined> {
    return queryRow<OfferRevisionView>(this.tenancy.currentManager(), `${VIEW} WHERE r.id = $1`, [id]);
  }

  pendingOf(offerId: string): Promise<OfferRevisionView | undefined> {
    return queryRow<OfferRevisionView>(
      this.tenancy.currentManager(),
      `${VIEW} WHERE r.offer_id = $1 AND r.status = 'pending'`,
      [offerId],
    );
  }

  /** Oldest first: the editors work through them in the order they came. */
  page(status: ReviewStatus, page: number, size: number) {
    return reviewPage<OfferRevisionView>(
      this.tenancy.currentManager(),
      { view: VIEW, alias: 'r', table: 'offer_revisions' },
      { status, page, size },
    );
  }

  /**
   * The offer's open proposal with these changes added to it (a later value of a field wins), or a
   * new one; the base version becomes the one the latest change was made to.
   */
  async propose(proposal: {
    offerId: string;
    baseVersion: number;
    changes: Record<string, unknown>;
    proposedBy: string;
    proposedByUserId: string | null;
  }): Promise<string> {
    const [{ id }] = await queryRows<{ id: string }>(
      this.tenancy.currentManager(),
      `INSERT INTO offer_revisions (offer_id, base_version, changes, proposed_by, proposed_by_user_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (offer_id) WHERE status = 'pending' DO UPDATE SET
         base_version = EXCLUDED.base_version, changes = offer_revisions.changes || EXCLUDED.changes,
         proposed_by = EXCLUDED.proposed_by, proposed_by_user_id = EXCLUDED.proposed_by_user_id, updated_at = now()
       RETURNING id`,
      [
        proposal.offerId,
        proposal.baseVersion,
        JSON.stringify(proposal.changes),
        proposal.proposedBy,
        proposal.proposedByUserId,
      ],
    );
    return id;
  }

  /** Decides a pending revision; false when it was not pending (any more). */
  async decide(
    id: string,
    status: Exclude<ReviewStatus, 'pending'>,
    decidedBy: string,
    reason: string | null,
  ) {
    const { count } = await queryChanges(
      this.tenancy.currentManager(),
      `UPDATE offer_revisions SET status = $2, decided_by = $3, reason = $4, decided_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'pending'`,
      [id, status, decidedBy, reason],
    );
    return count > 0;
  }

  async lock(id: string): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(`SELECT id FROM offer_revisions WHERE id = $1 FOR UPDATE`, [id]);
  }
}
