import { Injectable } from '@nestjs/common';
import { PublishedReadPath, SearchScope } from '@socialkompas/tenancy';
import { HiddenNationalOffersRepository } from '../../national/hidden-national-offers.repository';
import { LruCache } from '../query/lru-cache';

export const NOTHING_HIDDEN: ReadonlySet<string> = new Set();
/** One entry per municipality and generation: a few thousand ids at most each. */
const CACHED_HOSTS = 1_000;

/**
 * The national offers a host municipality hides from its own host (its `hidden_national_offers`),
 * read in its own read-only unit of work once per generation of the host: hiding or showing one
 * moves that generation. Other hosts hide nothing.
 */
@Injectable()
export class HostHiddenOffers {
  private readonly cache = new LruCache<string, ReadonlySet<string>>(CACHED_HOSTS);

  constructor(
    private readonly readPath: PublishedReadPath,
    private readonly hiddenOffers: HiddenNationalOffersRepository,
  ) {}

  /** What the scope's host hides; `hostGeneration` is the host's current search generation. */
  async of(scope: SearchScope, hostGeneration: string): Promise<ReadonlySet<string>> {
    const { tenant } = scope.host;
    if (
      tenant.kind !== 'municipality' ||
      !scope.members.some((member) => member.tenant.kind === 'national')
    ) {
      return NOTHING_HIDDEN;
    }
    const key = `${tenant.id}:${hostGeneration}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const hidden = new Set(await this.readPath.read(tenant, () => this.hiddenOffers.hiddenOfferIds()));
    this.cache.set(key, hidden);
    return hidden;
  }
}
