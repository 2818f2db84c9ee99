import { Inject, Injectable } from '@nestjs/common';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { LinkChecker, LinkResult } from '@socialkompas/safe-fetch';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../../catalogue.options';
import { FoundLink, LinkCheckOutcome, LinkCheckRepository, LinkSource } from './link-check.repository';

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
    private readonly linkChecks: LinkCheckRepository,
    private readonly checker: LinkChecker,
    @Inject(CATALOGUE_OPTIONS) private readonly options: CatalogueOptions,
  ) {}

  async run(tenant: Tenant, runId: string): Promise<LinkCheckSummary> {
    const links = await this.tenancy.run(tenant, () => this.collect());
    const results: LinkCheckOutcome[] = [];
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
    const rows = await this.linkChecks.publishedOfferLinks();
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
      if (attempt >= delays.length || result.lasting) return { result, failures };
      await sleep(delays[attempt]);
    }
  }

  private async record(
    results: LinkCheckOutcome[],
    links: FoundLink[],
    runId: string,
  ): Promise<LinkCheckSummary> {
    const summary: LinkCheckSummary = { links: links.length, ok: 0, failing: 0, broken: 0, other: 0 };
    for (const check of results) {
      const row = await this.linkChecks.record(check, runId, FAILURES_TO_BROKEN);
      if (row.result === 'broken') summary.broken += 1;
      else if (row.failures > 0) summary.failing += 1;
      else if (row.result === 'ok') summary.ok += 1;
      else summary.other += 1;
    }
    // Links no longer in the catalogue leave the report.
    await this.linkChecks.forgetAllBut(links);
    return summary;
  }
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
