import { Inject, Injectable } from '@nestjs/common';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { LinkChecker, LinkResult } from '@socialkompas/safe-fetch';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../../catalogue.options';

export const LINK_SOURCES = ['offer_url', 'organization_website', 'description'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

interface FoundLink {
  offerId: string;
  url: string;
  source: LinkSource;
}

export interface LinkCheckSummary {
  links: number;
  ok: number;
  failing: number;
  broken: number;
  other: number;
}

/** Links in free text: http(s) up to whitespace or markup, without trailing punctuation. */
const LINK_IN_TEXT = /https?:\/\/[^\s<>"'()[\]{}]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
/** Checks in flight at once for one tenant's run; the checker also limits each host to its own few. */
const CONCURRENCY = 16;
/** A link is broken only after this many failures, spread over at least two runs. */
const FAILURES_TO_BROKEN = 3;

/**
 * The nightly link check of one tenant: every published offer's url, its organisation's website
 * and the links in its description. The network part runs outside any transaction; the findings
 * are written in one. A failing link is retried within the run with back-off, but is only called
 * broken after 3 failures over at least 2 runs, so one bad night never flags a good site.
 */
@Injectable()
export class LinkCheckService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly checker: LinkChecker,
    @Inject(CATALOGUE_OPTIONS) private readonly options: CatalogueOptions,
  ) {}

  async run(tenant: Tenant, runId: string): Promise<LinkCheckSummary> {
    const links = await this.tenancy.run(tenant, () => this.collect());
    const results: { link: FoundLink; result: LinkResult; failures: number }[] = [];
    let next = 0;
    const worker = async () => {
      while (next < links.length) {
        const link = links[next++];
        results.push({ link, ...(await this.checkWithRetries(link.url)) });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, links.length) }, worker));
    return this.tenancy.run(tenant, () => this.record(results, links, runId));
  }

  private async collect(): Promise<FoundLink[]> {
    const rows: { id: string; url: string | null; website: string | null; description: string }[] =
      await this.tenancy.currentManager().query(
        `SELECT o.id, o.url, organization.website, o.description
         FROM offers o JOIN organizations organization ON organization.id = o.organization_id
         WHERE o.status = 'published'`,
      );
    const found = new Map<string, FoundLink>();
    const add = (offerId: string, url: string | null, source: LinkSource) => {
      if (url && !found.has(`${offerId} ${url}`)) found.set(`${offerId} ${url}`, { offerId, url, source });
    };
    for (const row of rows) {
      add(row.id, row.url, 'offer_url');
      add(row.id, row.website, 'organization_website');
      for (const match of row.description.matchAll(LINK_IN_TEXT))
        add(row.id, match[0].replace(TRAILING_PUNCTUATION, ''), 'description');
    }
    return [...found.values()];
  }

  /** One link, retried with back-off while it fails, and after a short Retry-After. */
  private async checkWithRetries(url: string): Promise<{ result: LinkResult; failures: number }> {
    const delays = this.options.linkCheckRetryDelaysMs ?? [2_000, 8_000];
    let failures = 0;
    for (let attempt = 0; ; attempt++) {
      const result = await this.checker.check(url);
      const retryAfter = result.retryAfterSeconds;
      if (result.kind === 'unchecked' && retryAfter !== null && retryAfter <= 60 && attempt === 0) {
        await sleep(retryAfter * 1000);
        continue;
      }
      if (result.kind !== 'broken') return { result, failures };
      failures += 1;
      // A name that does not exist will not exist seconds later either; the next run asks again.
      if (attempt >= delays.length || result.reason?.includes('ENOTFOUND')) return { result, failures };
      await sleep(delays[attempt]);
    }
  }

  private async record(
    results: { link: FoundLink; result: LinkResult; failures: number }[],
    links: FoundLink[],
    runId: string,
  ): Promise<LinkCheckSummary> {
    const manager = this.tenancy.currentManager();
    const summary: LinkCheckSummary = { links: links.length, ok: 0, failing: 0, broken: 0, other: 0 };
    for (const { link, result, failures } of results) {
      const failed = result.kind === 'broken';
      const [row]: { result: string; failures: number }[] = await manager.query(
        `INSERT INTO link_checks AS check_row (offer_id, url, source, result, status_code, reason, final_url, page_title,
           failures, failed_runs, last_failed_run, failing_since, last_checked_at)
         VALUES ($1, $2, $3, CASE WHEN $4 = 'broken' THEN 'ok' ELSE $4 END, $5, $6, $7, $8,
           $9, CASE WHEN $10 THEN 1 ELSE 0 END, CASE WHEN $10 THEN $11 END, CASE WHEN $10 THEN now() END, now())
         ON CONFLICT (offer_id, url) DO UPDATE SET
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
         RETURNING result, failures`,
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
          FAILURES_TO_BROKEN,
        ],
      );
      if (row.result === 'broken') summary.broken += 1;
      else if (row.failures > 0) summary.failing += 1;
      else if (row.result === 'ok') summary.ok += 1;
      else summary.other += 1;
    }
    // Links no longer in the catalogue leave the report.
    await manager.query(
      `DELETE FROM link_checks WHERE NOT ((offer_id, url) IN (SELECT * FROM unnest($1::uuid[], $2::text[])))`,
      [links.map((link) => link.offerId), links.map((link) => link.url)],
    );
    return summary;
  }
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
