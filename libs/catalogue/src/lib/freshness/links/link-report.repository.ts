import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService } from '@socialkompas/tenancy';
import { LinkSource } from './link-check.repository';

/** The results the editors' link report shows; `failing`: has failed, not yet 3 times over 2 runs. */
export const SHOWN_LINK_RESULTS = [
  'broken',
  'failing',
  'redirected',
  'blocked',
  'suspicious',
  'unchecked',
] as const;
export type ShownLinkResult = (typeof SHOWN_LINK_RESULTS)[number];

/** A link that needs a look. */
export interface LinkProblemRow {
  offerId: string;
  offerName: string;
  url: string;
  source: LinkSource;
  result: ShownLinkResult;
  statusCode: number | null;
  reason: string | null;
  suggestedUrl: string | null;
  failures: number;
  failingSince: Date | null;
  lastCheckedAt: Date;
}

export interface LinkResultCountRow {
  result: 'ok' | ShownLinkResult;
  count: number;
}

export interface LinkProblemTotalRow {
  total: number;
}

/** Links that need a look, or only those with this result (null: all of them). */
const PROBLEM_FILTER = `(l.result <> 'ok' OR l.failures > 0) AND ($1::text IS NULL
  OR ($1 = 'failing' AND l.result <> 'broken' AND l.failures > 0) OR l.result = $1)`;

/** The editors' link report over `link_checks`, in the current unit of work. */
@Injectable()
export class LinkReportRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /** Worst first: broken, blocked, suspicious, then the rest; longest failing first within each. */
  async page(query: { result: ShownLinkResult | null; page: number; size: number }) {
    const manager = this.tenancy.currentManager();
    const [{ total }] = await queryRows<LinkProblemTotalRow>(
      manager,
      `SELECT count(*)::int AS total FROM link_checks l WHERE ${PROBLEM_FILTER}`,
      [query.result],
    );
    const items = await queryRows<LinkProblemRow>(
      manager,
      `SELECT l.offer_id AS "offerId", o.name AS "offerName", l.url, l.source,
         CASE WHEN l.result <> 'broken' AND l.failures > 0 THEN 'failing' ELSE l.result END AS result,
         l.status_code AS "statusCode", l.reason, l.final_url AS "suggestedUrl", l.failures,
         l.failing_since AS "failingSince", l.last_checked_at AS "lastCheckedAt"
       FROM link_checks l JOIN offers o ON o.id = l.offer_id
       WHERE ${PROBLEM_FILTER}
       ORDER BY CASE l.result WHEN 'broken' THEN 0 WHEN 'blocked' THEN 1 WHEN 'suspicious' THEN 2 ELSE 3 END,
         l.failing_since NULLS LAST, o.name
       LIMIT $2 OFFSET $3`,
      [query.result, query.size, (query.page - 1) * query.size],
    );
    return { items, total, page: query.page, size: query.size };
  }

  /** All checked links, by result. */
  countsByResult(): Promise<LinkResultCountRow[]> {
    return queryRows<LinkResultCountRow>(
      this.tenancy.currentManager(),
      `SELECT CASE WHEN result <> 'broken' AND failures > 0 THEN 'failing' ELSE result END AS result, count(*)::int AS count
       FROM link_checks GROUP BY 1 ORDER BY 1`,
    );
  }
}
