import { Inject, Injectable } from '@nestjs/common';
import { TenancyService, TenantRef } from '@socialkompas/tenancy';
import { TaxonomyRepository } from '../../taxonomy/taxonomy.repository';
import { SearchIndexChanges } from '../index/search-index-changes';
import { laterGeneration, VersionedCache } from './versioned-cache';
import { MatchedWord, OfferSearchRepository, TextMatchRow } from './offer-search.repository';
import { buildSnapshot, patchSnapshot, SearchSnapshot, SnapshotAudience } from './search-snapshot';
import { SEARCH_OPTIONS, SearchOptions } from './search-options';
import { SearchMetrics } from './search-metrics';
import { TextMatches } from './snapshot-search';

const AUDIENCES: SnapshotAudience[] = ['public', 'staff'];

function snapshotKey(tenantId: string, audience: SnapshotAudience): string {
  return `${tenantId}:${audience}`;
}

/** A snapshot this many generations behind is loaded whole rather than patched. */
const MAX_CHANGE_STEPS = 500;
/** Patching reloads at most this many offers, or this share of the snapshot if more... */
const MIN_PATCHED_OFFERS = 500;
/** ...beyond which a whole load costs about the same. */
const PATCHED_SHARE = 0.1;

/** At most this many matched offers are kept across all cached text searches (8 bytes each). */
const TEXT_MATCH_BUDGET = 8_000_000;
/**
 * Word matches kept (a few short words each): a national search needs one per member and text,
 * and an LRU smaller than what a round of searches asks for misses every time.
 */
const WORD_MATCH_ENTRIES = 200_000;
/** Cached answers are weighed by their size as JSON, in characters. */
const RESULT_BUDGET = 64_000_000;
/**
 * How long a snapshot is trusted before the generation is read again. Changes made through this
 * process invalidate at once; other processes' changes are seen within this time.
 */
const GENERATION_RECHECK_MS = 1000;

/**
 * The in-memory search state of every tenant this process serves: one snapshot per tenant, and
 * the answers PostgreSQL gave for recent texts and spellings. Everything is keyed by tenant and
 * `search_state.generation`, read in the request's own unit of work, so one tenant's entries can
 * never answer another's search, and an editor's change is seen by the next search.
 */
@Injectable()
export class SearchSnapshots {
  private readonly snapshots = new Map<
    string,
    { snapshot: SearchSnapshot; checkedAt: number; recheckUntil: number }
  >();
  private readonly loading = new Map<string, Promise<SearchSnapshot>>();
  // Each kept per tenant and generation: an edit drops what the tenant's old generation held.
  private readonly textMatches = new VersionedCache<TextMatches | null>(TEXT_MATCH_BUDGET, laterGeneration);
  private readonly wordMatches = new VersionedCache<MatchedWord[]>(WORD_MATCH_ENTRIES, laterGeneration);
  private readonly results = new VersionedCache<unknown>(RESULT_BUDGET, laterGeneration);

  constructor(
    private readonly tenancy: TenancyService,
    private readonly search: OfferSearchRepository,
    private readonly taxonomy: TaxonomyRepository,
    changes: SearchIndexChanges,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchOptions,
    private readonly metrics: SearchMetrics,
  ) {
    changes.subscribe((tenantId) => this.invalidate(tenantId));
  }

  /** The tenant's snapshot if its generation was read within the last second, without asking again. */
  fresh(tenantId: string, audience: SnapshotAudience = 'public'): SearchSnapshot | undefined {
    const cached = this.snapshots.get(snapshotKey(tenantId, audience));
    const now = Date.now();
    return cached && now - cached.checkedAt < GENERATION_RECHECK_MS && now >= cached.recheckUntil
      ? cached.snapshot
      : undefined;
  }

  /**
   * The tenant's snapshot if it is the one of `generation`, without asking PostgreSQL: for a
   * search across many tenants, which reads every member's generation in one statement.
   */
  atGeneration(
    tenantId: string,
    generation: string,
    audience: SnapshotAudience = 'public',
  ): SearchSnapshot | undefined {
    const cached = this.snapshots.get(snapshotKey(tenantId, audience));
    return cached?.snapshot.generation === generation ? cached.snapshot : undefined;
  }

  /**
   * The tenant's snapshot for the audience: from memory when its generation was read within the
   * last second, otherwise read and (re)built in a unit of work of its own, or the caller's. A
   * search over a fresh snapshot whose texts and words are cached needs no database at all.
   */
  snapshotOf(tenant: TenantRef, audience: SnapshotAudience = 'public'): Promise<SearchSnapshot> {
    const fresh = this.fresh(tenant.id, audience);
    if (!fresh) return this.tenancy.run(tenant, () => this.current(audience));
    return Promise.resolve(this.metrics.lookedUp('snapshot', fresh));
  }

  /**
   * The current tenant's snapshot for the audience (citizens unless told otherwise), rebuilt when
   * its generation has moved on.
   */
  async current(audience: SnapshotAudience = 'public'): Promise<SearchSnapshot> {
    const tenant = this.tenancy.currentTenant();
    const tenantId = tenant.id;
    const fresh = this.fresh(tenantId, audience);
    if (fresh) return this.metrics.lookedUp('snapshot', fresh);
    const stateKey = snapshotKey(tenantId, audience);
    const cached = this.snapshots.get(stateKey);
    const checkedAt = Date.now();
    const generation = await this.search.generation();
    const current = cached?.snapshot.generation === generation ? cached : undefined;
    this.metrics.lookedUp('snapshot', current);
    if (current) {
      current.checkedAt = checkedAt;
      return current.snapshot;
    }
    const key = `${stateKey}:${generation}`;
    let loading = this.loading.get(key);
    if (!loading) {
      // Concurrent searches that find the snapshot stale share one load.
      loading = this.load(tenant, audience, generation, cached?.snapshot)
        .then((snapshot) => {
          // A slow load must not replace a newer snapshot that another search stored meanwhile.
          const stored = this.snapshots.get(stateKey);
          if (!stored || BigInt(stored.snapshot.generation) < BigInt(generation)) {
            this.snapshots.set(stateKey, { snapshot, checkedAt, recheckUntil: stored?.recheckUntil ?? 0 });
            this.supersede(tenantId, generation);
          }
          return snapshot;
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, loading);
    }
    return loading;
  }

  /**
   * The snapshot at `generation`: the older one with only the offers changed since reloaded, when
   * the steps between are all recorded with their offers and few enough; otherwise loaded whole.
   */
  private async load(
    tenant: TenantRef,
    audience: SnapshotAudience,
    generation: string,
    older: SearchSnapshot | undefined,
  ): Promise<SearchSnapshot> {
    const changed = older && (await this.changedSince(older, generation));
    if (older && changed) {
      const rows = await this.search.snapshotOffers(audience, [...changed]);
      return patchSnapshot(older, generation, changed, rows);
    }
    const terms = await this.taxonomy.allTerms();
    return buildSnapshot(await this.search.snapshotOffers(audience), tenant, generation, terms, audience);
  }

  /** The offers changed after the snapshot's generation up to `generation`; null to reload everything. */
  private async changedSince(snapshot: SearchSnapshot, generation: string): Promise<Set<string> | null> {
    const steps = BigInt(generation) - BigInt(snapshot.generation);
    if (steps <= 0n || steps > BigInt(MAX_CHANGE_STEPS)) return null;
    const recorded = await this.search.changesBetween(snapshot.generation, generation);
    if (BigInt(recorded.length) !== steps || recorded.some((step) => step.offer_ids === null)) return null;
    const changed = new Set(recorded.flatMap((step) => step.offer_ids ?? []));
    return changed.size <= Math.max(MIN_PATCHED_OFFERS, snapshot.offers.length * PATCHED_SHARE)
      ? changed
      : null;
  }

  /**
   * A change is being made to the current tenant's catalogue: searches read the generation afresh
   * for the next second, which covers the time until the change commits (it is called before).
   */
  private invalidate(tenantId: string): void {
    for (const audience of AUDIENCES) {
      const cached = this.snapshots.get(snapshotKey(tenantId, audience));
      if (cached) cached.recheckUntil = Date.now() + GENERATION_RECHECK_MS;
    }
  }

  /** The tenant has moved on to `generation`: what its older generations' searches left goes now. */
  private supersede(tenantId: string, generation: string): void {
    for (const cache of [this.textMatches, this.wordMatches, this.results])
      cache.advance(tenantId, generation);
  }

  /**
   * The snapshot's offers matching a tsquery text, as ordinals; null when the text is all stop
   * words. Only offers of the snapshot's audience are matched.
   */
  async matchText(snapshot: SearchSnapshot, tsquery: string): Promise<TextMatches | null> {
    const cached = this.metrics.lookedUp('text', this.knownTextMatches(snapshot, tsquery));
    if (cached !== undefined) return cached;
    return this.rememberTextMatches(
      snapshot,
      tsquery,
      await this.inUnitOfWork(snapshot, () => this.search.matchText(tsquery, snapshot.audience)),
    );
  }

  /**
   * Keeps what PostgreSQL answered for a text (rows as matchText reads them), as matchText does,
   * and gives it as ordinals: for a search that read many tenants' matches in one statement.
   */
  rememberTextMatches(snapshot: SearchSnapshot, tsquery: string, rows: TextMatchRow[]): TextMatches | null {
    const matches = rows.some((row) => row.empty) ? null : toOrdinals(snapshot, rows);
    this.textMatches.set(
      snapshot.tenantId,
      snapshot.generation,
      audienceKey(snapshot, tsquery),
      matches,
      Math.max(1, matches?.ordinals.length ?? 0),
    );
    return matches;
  }

  /** Keeps what PostgreSQL answered for words, as matchWords does. */
  rememberWordMatches(
    snapshot: SearchSnapshot,
    words: string[],
    threshold: number,
    matched: MatchedWord[],
  ): void {
    this.wordMatches.set(snapshot.tenantId, snapshot.generation, wordKey(words, threshold), matched);
  }

  /**
   * What matchText and matchWords would answer from memory, without PostgreSQL; undefined when they
   * would have to ask. A search across many tenants searches a member without opening its unit
   * of work when its snapshot is fresh and these are known.
   */
  knownTextMatches(snapshot: SearchSnapshot, tsquery: string): TextMatches | null | undefined {
    return this.textMatches.get(snapshot.tenantId, snapshot.generation, audienceKey(snapshot, tsquery));
  }

  knownWordMatches(snapshot: SearchSnapshot, words: string[], threshold: number): MatchedWord[] | undefined {
    return this.wordMatches.get(snapshot.tenantId, snapshot.generation, wordKey(words, threshold));
  }

  async matchWords(snapshot: SearchSnapshot, words: string[], threshold: number): Promise<MatchedWord[]> {
    const cached = this.metrics.lookedUp('words', this.knownWordMatches(snapshot, words, threshold));
    if (cached) return cached;
    const matched = await this.inUnitOfWork(snapshot, () => this.search.matchWords(words, threshold));
    this.rememberWordMatches(snapshot, words, threshold, matched);
    return matched;
  }

  /**
   * A whole answer given earlier for the same search at the same generation: popular searches
   * (a challenge tile, a common word) repeat, and nothing they depend on has changed since.
   * Never, when answer reuse is switched off (SEARCH_ANSWER_REUSE=off).
   */
  recallResult<T>(snapshot: SearchSnapshot, canonicalQuery: string): T | undefined {
    if (!this.options.answerReuse) return undefined;
    return this.metrics.lookedUp(
      'answer',
      this.results.get(snapshot.tenantId, snapshot.generation, audienceKey(snapshot, canonicalQuery)) as
        T | undefined,
    );
  }

  /** Keeps an answer for recallResult, weighed by its size as JSON. */
  rememberResult(snapshot: SearchSnapshot, canonicalQuery: string, result: unknown, weight: number): void {
    if (!this.options.answerReuse) return;
    this.results.set(
      snapshot.tenantId,
      snapshot.generation,
      audienceKey(snapshot, canonicalQuery),
      result,
      weight,
    );
  }

  /** Runs a cache miss's query in the caller's unit of work, or in one of its own outside any. */
  private inUnitOfWork<T>(snapshot: SearchSnapshot, work: () => Promise<T>): Promise<T> {
    return this.tenancy.run({ id: snapshot.tenantId, slug: snapshot.tenantSlug }, work);
  }
}

/** The word list is the tenant's whatever the audience: one entry serves both. */
function wordKey(words: string[], threshold: number): string {
  return `${threshold}:${words.join(' ')}`;
}

function audienceKey(snapshot: SearchSnapshot, text: string): string {
  return `${snapshot.audience}:${text}`;
}

function toOrdinals(snapshot: SearchSnapshot, rows: TextMatchRow[]): TextMatches {
  const ordinals: number[] = [];
  const ranks: number[] = [];
  const lexemes: string[] = [];
  for (const row of rows) {
    if (row.query !== null) lexemes.push(...lexemesOf(row.query));
    const ordinal = row.id === null ? undefined : snapshot.offerOrdinalById.get(row.id);
    if (ordinal === undefined) continue;
    ordinals.push(ordinal);
    ranks.push(row.rank ?? 0);
  }
  return { ordinals: Uint32Array.from(ordinals), ranks: Float32Array.from(ranks), lexemes };
}

/** The lexemes of a tsquery as text, e.g. `( 'ensom':* | 'ensomhed' ) & 'ung':*`. */
function lexemesOf(tsquery: string): string[] {
  return [...tsquery.matchAll(/'((?:[^']|'')*)'/g)].map((match) => match[1].replaceAll("''", "'"));
}
