import { Injectable } from '@nestjs/common';
import { queryChanges, queryRows, TenancyService } from '@socialkompas/tenancy';
import { OfferUpdateRequestDto } from './offer-update-request.dto';

/** An association's proposed corrections to its offer, sent through a reminder link. */
export interface UpdateRequestRow {
  id: string;
  offerId: string;
  offerName: string;
  proposed: OfferUpdateRequestDto;
  createdAt: Date;
  resolvedAt: Date | null;
}

export interface UpdateRequestTotalRow {
  total: number;
}

export interface ResolvedUpdateRequestRow {
  id: string;
  name: string;
}

/** The associations' update requests, in the current unit of work. */
@Injectable()
export class UpdateRequestsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /** Oldest first: the one waiting longest is the next to handle. */
  async page(query: { state: 'open' | 'resolved'; page: number; size: number }) {
    const manager = this.tenancy.currentManager();
    const filter = `r.resolved_at IS ${query.state === 'open' ? '' : 'NOT '}NULL`;
    const [{ total }] = await queryRows<UpdateRequestTotalRow>(
      manager,
      `SELECT count(*)::int AS total FROM offer_update_requests r WHERE ${filter}`,
    );
    const items = await queryRows<UpdateRequestRow>(
      manager,
      `SELECT r.id, r.offer_id AS "offerId", o.name AS "offerName", r.proposed, r.created_at AS "createdAt",
         r.resolved_at AS "resolvedAt"
       FROM offer_update_requests r JOIN offers o ON o.id = r.offer_id
       WHERE ${filter} ORDER BY r.created_at LIMIT $1 OFFSET $2`,
      [query.size, (query.page - 1) * query.size],
    );
    return { items, total, page: query.page, size: query.size };
  }

  /** Marks an open request handled; returns its offer's id and title, or null when no open request has this id. */
  async resolve(id: string): Promise<ResolvedUpdateRequestRow | null> {
    const { rows } = await queryChanges<ResolvedUpdateRequestRow>(
      this.tenancy.currentManager(),
      `UPDATE offer_update_requests r SET resolved_at = now() FROM offers o
       WHERE r.id = $1 AND r.resolved_at IS NULL AND o.id = r.offer_id RETURNING o.id, o.name`,
      [id],
    );
    return rows[0] ?? null;
  }
}
