import { Injectable } from '@nestjs/common';
import { queryChanges, queryRows, TenancyService } from '@socialkompas/tenancy';

/** A published offer due for a reminder, with whom to ask about it (null: nobody). */
export interface DueOfferRow {
  id: string;
  name: string;
  assuredDate: string | null;
  organizationName: string | null;
  recipient: string | null;
}

export interface FlaggedOfferRow {
  id: string;
}

/** The freshness pass's reads and writes, in the current unit of work. */
@Injectable()
export class FreshnessRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /**
   * Published offers neither reminded nor stale whose confirmation is older than `staleAfterDays`
   * (Danish date), locked so that a second pass running at once skips them instead of mailing twice.
   */
  lockDueOffers(now: Date, staleAfterDays: number): Promise<DueOfferRow[]> {
    return queryRows<DueOfferRow>(
      this.tenancy.currentManager(),
      `SELECT o.id, o.name, o.assured_date::text AS "assuredDate", organization.name AS "organizationName",
         coalesce(o.email,
           (SELECT c.email FROM contacts c WHERE c.offer_id = o.id AND c.email IS NOT NULL ORDER BY c.position LIMIT 1),
           organization.email) AS recipient
       FROM offers o JOIN organizations organization ON organization.id = o.organization_id
       WHERE o.status = 'published' AND o.reminded_at IS NULL AND o.stale_since IS NULL
         AND (o.assured_date IS NULL
           OR o.assured_date < ($1::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date - $2::int)
       ORDER BY o.id
       FOR UPDATE OF o SKIP LOCKED`,
      [now, staleAfterDays],
    );
  }

  async markReminded(offerId: string, now: Date): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(`UPDATE offers SET reminded_at = $2 WHERE id = $1`, [offerId, now]);
  }

  /**
   * Flags as stale the published offers reminded by `graceEnded` or named in `nobodyToAsk`, except
   * those with an open update request; returns the offers it flagged.
   */
  async flagStale(now: Date, graceEnded: Date, nobodyToAsk: string[]): Promise<FlaggedOfferRow[]> {
    const { rows } = await queryChanges<FlaggedOfferRow>(
      this.tenancy.currentManager(),
      `UPDATE offers SET stale_since = $1
       WHERE status = 'published' AND stale_since IS NULL
         AND ((reminded_at IS NOT NULL AND reminded_at <= $2) OR id = ANY ($3::uuid[]))
         -- An association that sent corrections has answered; the editors' review is what waits.
         AND NOT EXISTS (SELECT 1 FROM offer_update_requests r WHERE r.offer_id = offers.id AND r.resolved_at IS NULL)
       RETURNING id`,
      [now, graceEnded, nobodyToAsk],
    );
    return rows;
  }

  /** Hides (or shows) every stale offer as `hideStale` says; returns how many changed. */
  async applyHideStale(hideStale: boolean): Promise<number> {
    const { count } = await queryChanges(
      this.tenancy.currentManager(),
      `UPDATE offers SET hidden_as_stale = $1 WHERE stale_since IS NOT NULL AND hidden_as_stale <> $1`,
      [hideStale],
    );
    return count;
  }

  /** Deletes the offer suggestions decided more than `retentionDays` before `now`; returns how many. */
  async forgetDecidedSuggestions(now: Date, retentionDays: number): Promise<number> {
    const { count } = await queryChanges(
      this.tenancy.currentManager(),
      `DELETE FROM offer_suggestions WHERE decided_at < $1::timestamptz - make_interval(days => $2)`,
      [now, retentionDays],
    );
    return count;
  }
}
