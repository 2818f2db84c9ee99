import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService } from '@socialkompas/tenancy';

/** What needs the editors' attention, counted. */
export interface StaffDashboardCountsRow {
  brokenLinks: number;
  staleOffers: number;
  offersInReview: number;
  openErrorReports: number;
  openUpdateRequests: number;
  pendingSuggestions: number;
  pendingRevisions: number;
  pendingAccessRequests: number;
  heldOrFailedMail: number;
}

/** Each count is the total of the matching editors' list (link report, offers, error reports, …). */
const COUNTS = `
  SELECT
    (SELECT count(*)::int FROM link_checks WHERE result = 'broken') AS "brokenLinks",
    (SELECT count(*)::int FROM offers WHERE stale_since IS NOT NULL) AS "staleOffers",
    (SELECT count(*)::int FROM offers WHERE status = 'in_review') AS "offersInReview",
    (SELECT count(*)::int FROM error_reports WHERE resolved_at IS NULL) AS "openErrorReports",
    (SELECT count(*)::int FROM offer_update_requests WHERE resolved_at IS NULL) AS "openUpdateRequests",
    (SELECT count(*)::int FROM offer_suggestions WHERE status = 'pending') AS "pendingSuggestions",
    (SELECT count(*)::int FROM offer_revisions WHERE status = 'pending') AS "pendingRevisions",
    (SELECT count(*)::int FROM association_access_requests WHERE status = 'pending') AS "pendingAccessRequests",
    (SELECT count(*)::int FROM outbox WHERE status IN ('held', 'failed')) AS "heldOrFailedMail"`;

/** The staff start page's counts, in the current unit of work. */
@Injectable()
export class StaffDashboardRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /** All counts in one round trip. */
  async counts(): Promise<StaffDashboardCountsRow> {
    const [counts] = await queryRows<StaffDashboardCountsRow>(this.tenancy.currentManager(), COUNTS);
    return counts;
  }
}
