import { Injectable } from '@nestjs/common';
import type { LinkResult } from '@socialkompas/safe-fetch';
import { queryRows, TenancyService } from '@socialkompas/tenancy';

export const LINK_SOURCES = ['offer_url', 'organization_website', 'description'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

/** A link to check, and where in the catalogue it stands. */
export interface FoundLink {
  offerId: string;
  url: string;
  source: LinkSource;
}

/** What checking a link found, and how often it failed within this run. */
export interface LinkCheckOutcome {
  link: FoundLink;
  result: LinkResult;
  failures: number;
}

/** A published offer with the places its links can be. */
export interface OfferLinksRow {
  id: string;
  url: string | null;
  website: string | null;
  description: string;
}

/** The tenant's links by standing: `failing` has failed, but is not yet broken. */
export interface LinkStandingCountsRow {
  ok: number;
  failing: number;
  broken: number;
  other: number;
}

/** The link checker's reads and writes of `link_checks`, in the current unit of work. */
@Injectable()
export class LinkCheckRepository {
  constructor(private readonly tenancy: TenancyService) {}

  publishedOfferLinks(): Promise<OfferLinksRow[]> {
    return queryRows<OfferLinksRow>(
      this.tenancy.currentManager(),
      `SELECT o.id, o.url, organization.website, o.description
       FROM offers o JOIN organizations organization ON organization.id = o.organization_id
       WHERE o.status = 'published'`,
    );
  }

  /**
   * Records one check of a link in this run, once: a link this run has recorded already stays as
   * it is, so a resumed or repeated run counts no failure twice. A failing link counts its
   * `failures` and the runs it failed in, and turns broken only after `failuresToBroken` failures
   * over at least two runs.
   */
  async record(check: LinkCheckOutcome, runId: string, failuresToBroken: number): Promise<void> {
    const { link, result, failures } = check;
    const failed = result.kind === 'broken';
    await this.tenancy.currentManager().query(
      `INSERT INTO link_checks AS check_row (offer_id, url, source, result, status_code, reason, final_url, page_title,
         failures, failed_runs, last_failed_run, failing_since, last_checked_at, last_run)
       VALUES ($1, $2, $3, CASE WHEN $4 = 'broken' THEN 'ok' ELSE $4 END, $5, $6, $7, $8,
         $9, CASE WHEN $10 THEN 1 ELSE 0 END, CASE WHEN $10 THEN $11 END, CASE WHEN $10 THEN now() END, now(), $11)
       ON CONFLICT (offer_id, url) DO UPDATE SET last_run = EXCLUDED.last_run,
         source = EXCLUDED.source, status_code = EXCLUDED.status_code, reason = EXCLUDED.reason,
         final_url = EXCLUDED.final_url, last_checked_at = now(),
         -- The title is remembered from the last good answer, to notice a page turning into a parking page.
         page_title = coalesce(EXCLUDED.page_title, check_row.page_title),
         failures = CASE WHEN $10 THEN check_row.failures + $9 ELSE 0 END,
         failed_runs = CASE WHEN NOT $10 THEN 0
           WHEN check_row.last_failed_run = $11 THEN check_row.failed_runs ELSE check_row.failed_runs + 1 END,
         last_failed_run = CASE WHEN $10 THEN $11 END,
         failing_since = CASE WHEN $10 THEN coalesce(check_row.failing_since, now()) END,
         result = CASE WHEN NOT $10 THEN EXCLUDED.result
           WHEN check_row.failures + $9 >= $12
             AND (CASE WHEN check_row.last_failed_run = $11 THEN check_row.failed_runs ELSE check_row.failed_runs + 1 END) >= 2
           THEN 'broken' ELSE check_row.result END
       WHERE check_row.last_run IS DISTINCT FROM EXCLUDED.last_run`,
      [
        link.offerId,
        link.url,
        link.source,
        result.kind,
        result.statusCode,
        result.reason,
        result.finalUrl,
        result.pageTitle,
        failures,
        failed,
        runId,
        failuresToBroken,
      ],
    );
  }

  /** The links by standing, as the summary of a run counts them. */
  async countsByStanding(): Promise<LinkStandingCountsRow> {
    const [counts] = await queryRows<LinkStandingCountsRow>(
      this.tenancy.currentManager(),
      `SELECT count(*) FILTER (WHERE result = 'ok' AND failures = 0)::int AS ok,
         count(*) FILTER (WHERE result <> 'broken' AND failures > 0)::int AS failing,
         count(*) FILTER (WHERE result = 'broken')::int AS broken,
         count(*) FILTER (WHERE result NOT IN ('ok', 'broken') AND failures = 0)::int AS other
       FROM link_checks`,
    );
    return counts;
  }

  /** Links no longer in the catalogue leave the report. */
  async forgetAllBut(links: FoundLink[]): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(
        `DELETE FROM link_checks WHERE NOT ((offer_id, url) IN (SELECT * FROM unnest($1::uuid[], $2::text[])))`,
        [links.map((link) => link.offerId), links.map((link) => link.url)],
      );
  }
}
