import { Inject, Injectable } from '@nestjs/common';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { LinkChecker, LinkResult } from '@socialkompas/safe-fetch';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../../catalogue.options';
import { byUrl, linksOf } from './found-links';
import { FoundLink, LinkCheckOutcome, LinkCheckRepository } from './link-check.repository';

export interface LinkCheckSummary {
  /** Links per offer: a website that 39 offers name counts 39 times. */
  links: number;
  /** Distinct URLs, each fetched once. */
  urls: number;
  ok: number;
  failing: number;
  broken: number;
  other: number;
}

/** Checks in flight at once for one tenant's run; the checker also limits each host to its own few. */
const CONCURRENCY = 16;
/** A link is broken only after this many failures, spread over at least two runs. */
const FAILURES_TO_BROKEN = 3;

/**
 * The nightly link check of one tenant: every published offer's url, its organisation's website
 * and the links in its description, each distinct URL fetched once and its result given to every
 * offer that names it. The network part runs outside any transaction; the findings
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
    const links = linksOf(await this.tenancy.run(tenant, () => this.linkChecks.publishedOfferLinks()));
    const offersByUrl = byUrl(links);
    const urls = [...offersByUrl.keys()];
    const results: LinkCheckOutcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < urls.length) {
        const url = urls[next++];
        const check = await this.checkWithRetries(url);
        // One fetch per URL, its result for every offer that names it.
        for (const link of offersByUrl.get(url) ?? []) results.push({ link, ...check });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, urls.length) }, worker));
    return this.tenancy.run(tenant, () => this.record(results, links, urls.length, runId));
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
    urls: number,
    runId: string,
  ): Promise<LinkCheckSummary> {
    const summary: LinkCheckSummary = { links: links.length, urls, ok: 0, failing: 0, broken: 0, other: 0 };
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
