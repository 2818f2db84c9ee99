import { Inject, Injectable } from '@nestjs/common';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { LinkChecker } from '@socialkompas/safe-fetch';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../../catalogue.options';
import { checkUrls } from './check-urls';
import { byUrl, linksOf } from './found-links';
import { FoundLink, LinkCheckRepository } from './link-check.repository';
import { LinkCheckProgressRepository, UrlCheck } from './link-check-progress.repository';

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

export interface LinkCheckRunOptions {
  /**
   * Stops the run early, e.g. on SIGTERM: no new URL is started, the checks in flight finish and
   * their batch is saved, and the run rejects with the signal's reason. The same run id resumes.
   */
  signal?: AbortSignal;
}

/** A link is broken only after this many failures, spread over at least two runs. */
const FAILURES_TO_BROKEN = 3;
const DEFAULT_BATCH_SIZE = 64;

/**
 * The nightly link check of one tenant: every published offer's url, its organisation's website
 * and the links in its description, each distinct URL fetched once and its result given to every
 * offer that names it. The network part runs outside any transaction; each batch of URLs is
 * written in one, with the run's progress, so a run stopped or killed midway goes on with the
 * URLs it had not checked when it runs again with the same run id (a queue's retry of the job).
 * A failing link is retried within the run with back-off, but is only called broken after 3
 * failures over at least 2 runs, so one bad night never flags a good site.
 */
@Injectable()
export class LinkCheckService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly linkChecks: LinkCheckRepository,
    private readonly progress: LinkCheckProgressRepository,
    private readonly checker: LinkChecker,
    @Inject(CATALOGUE_OPTIONS) private readonly options: CatalogueOptions,
  ) {}

  async run(tenant: Tenant, runId: string, { signal }: LinkCheckRunOptions = {}): Promise<LinkCheckSummary> {
    const { links, checkedBefore } = await this.tenancy.run(tenant, async () => {
      await this.progress.forgetStale();
      return {
        links: linksOf(await this.linkChecks.publishedOfferLinks()),
        checkedBefore: await this.progress.checkedIn(runId),
      };
    });
    const offersByUrl = byUrl(links);
    const remaining = [...offersByUrl.keys()].filter((url) => !checkedBefore.has(url));
    const batchSize = this.options.linkCheckBatchSize ?? DEFAULT_BATCH_SIZE;
    const retryDelaysMs = this.options.linkCheckRetryDelaysMs ?? [2_000, 8_000];
    let unchecked = remaining.length;
    for (let start = 0; start < remaining.length && !signal?.aborted; start += batchSize) {
      const batch = remaining.slice(start, start + batchSize);
      const checks = await checkUrls(this.checker, batch, { retryDelaysMs, signal });
      await this.tenancy.run(tenant, () => this.save(checks, offersByUrl, runId));
      unchecked -= checks.length;
    }
    if (unchecked > 0) throw signal?.reason;
    return this.tenancy.run(tenant, () => this.finish(checkedBefore, offersByUrl, links, runId));
  }

  /** A batch's findings for every offer naming each URL, and the URLs as done in this run. */
  private async save(checks: UrlCheck[], offersByUrl: Map<string, FoundLink[]>, runId: string) {
    await this.progress.save(runId, checks);
    for (const { url, result, failures } of checks) {
      for (const link of offersByUrl.get(url) ?? [])
        await this.linkChecks.record({ link, result, failures }, runId, FAILURES_TO_BROKEN);
    }
  }

  private async finish(
    checkedBefore: Map<string, UrlCheck>,
    offersByUrl: Map<string, FoundLink[]>,
    links: FoundLink[],
    runId: string,
  ): Promise<LinkCheckSummary> {
    // Offers that came to name a URL checked before a restart get its finding; the rest have it.
    await this.save([...checkedBefore.values()], offersByUrl, runId);
    await this.linkChecks.forgetAllBut(links);
    const counts = await this.linkChecks.countsByStanding();
    return { links: links.length, urls: offersByUrl.size, ...counts };
  }
}
