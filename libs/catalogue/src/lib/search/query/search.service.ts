import { Inject, Injectable } from '@nestjs/common';
import {
  NetworkTenant,
  PublishedReadPath,
  SearchScope,
  TENANCY_OPTIONS,
  TenancyOptions,
  TenancyService,
  Tenant,
  tenantLink,
} from '@socialkompas/tenancy';
import { resolveTermReferences } from '../../taxonomy/resolve-term-references';
import { SearchQueryDto } from './search-query.dto';
import { autocomplete, Suggestions } from '../suggest/autocomplete';
import { SearchLog } from '../stats/search-log';
import { SearchSnapshot, VocabularySelection } from './search-snapshot';
import { SearchSnapshots } from './search-snapshots';
import { SearchResult } from './search-result';
import { searchSnapshot } from './snapshot-search';
import { anonymiseQuery } from './text-query';
import { cardTenant, resultItemJson } from './result-item';
import { JsonText, searchAnswerJson } from './json-text';
import {
  badParameter,
  canonicalQuery,
  didYouMean,
  isPlaceSearch,
  planSearch,
  searchText,
  snapshotCriteria,
} from './search-criteria';
import { termFacets } from './term-facets';
import { tenantFacets } from '../scope/tenant-facets';
import { ScopeSearch } from '../scope/scope-search';
import { ScopeSuggest } from '../scope/scope-suggest';
import { SearchMetrics } from './search-metrics';

/** Autocomplete shows at most this many terms and this many offer titles. */
const SUGGESTIONS_PER_KIND = 5;

/**
 * An answer with what the statistics need besides it: its total, and how many offers the text
 * alone found (null without a text), which tells "nothing for this text" from "nothing with
 * these filters".
 */
interface ComputedSearch {
  json: JsonText<SearchResult>;
  total: number;
  textResults: number | null;
}

/**
 * A host's public search, over its scope (PublishedReadPath.scopeOf): where that is the host
 * alone (a municipality while no national tenant exists, no nearby search), exactly one tenant's
 * search as it always was; otherwise ScopeSearch over every member. Searches are logged in the
 * host's own statistics only.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly snapshots: SearchSnapshots,
    private readonly searchLog: SearchLog,
    private readonly tenancy: TenancyService,
    private readonly readPath: PublishedReadPath,
    private readonly scopeSearch: ScopeSearch,
    private readonly scopeSuggest: ScopeSuggest,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
    private readonly metrics: SearchMetrics,
  ) {}

  async find(host: Tenant, query: SearchQueryDto): Promise<JsonText<SearchResult>> {
    const scope = await this.scopeOf(host, isPlaceSearch(query));
    if (scope.members.length === 1 && !query.municipality?.length && !query.region?.length) {
      return this.metrics.timed('search', 'tenant', () => this.findInHost(scope.host, query));
    }
    const answer = await this.metrics.timed('search', 'network', () => this.scopeSearch.find(scope, query));
    this.logSearch(host, query, answer.hostTermIds, {
      total: answer.result.total,
      textResults: answer.textResults,
    });
    return searchAnswerJson(answer.result);
  }

  async suggest(host: Tenant, text: string): Promise<Suggestions> {
    const scope = await this.scopeOf(host, false);
    if (scope.members.length === 1) {
      return this.metrics.timed('suggest', 'tenant', () =>
        this.tenancy.run(host, async () => ({
          items: autocomplete(await this.snapshots.current(), text, SUGGESTIONS_PER_KIND),
        })),
      );
    }
    return this.metrics.timed('suggest', 'network', async () => ({
      items: await this.scopeSuggest.suggest(scope, text, SUGGESTIONS_PER_KIND),
    }));
  }

  /** The host's scope; the host alone while the network has not yet heard of it (another process just made it). */
  private async scopeOf(host: Tenant, placeSearch: boolean): Promise<SearchScope> {
    const scope = await this.readPath.scopeOf(host, { placeSearch });
    if (scope) return scope;
    const alone: NetworkTenant = { tenant: host, region: null };
    return { host: alone, members: [alone], key: host.id };
  }

  /**
   * One tenant's search. Over a snapshot whose generation was read within the last second, with
   * the text's matches known, it needs no database round trip (see SearchSnapshots.snapshotOf).
   */
  private async findInHost(host: NetworkTenant, query: SearchQueryDto): Promise<JsonText<SearchResult>> {
    const { tenant } = host;
    const snapshot = await this.snapshots.snapshotOf(tenant);
    const termIds = resolveTermReferences(query, snapshot.terms, badParameter);
    const key = canonicalQuery(query);
    let computed = this.snapshots.recallResult<ComputedSearch>(snapshot, key);
    if (!computed) {
      computed = await this.compute(host, query, snapshot, termIds);
      this.snapshots.rememberResult(snapshot, key, computed, computed.json.length);
    }
    this.logSearch(tenant, query, Object.values(termIds).flat(), computed);
    return computed.json;
  }

  private async compute(
    host: NetworkTenant,
    query: SearchQueryDto,
    snapshot: SearchSnapshot,
    selection: VocabularySelection,
  ): Promise<ComputedSearch> {
    const plan = planSearch(query);
    const text = await searchText(this.snapshots, snapshot, plan.words);
    const { total, page, termCounts } = searchSnapshot(
      snapshot,
      snapshotCriteria(plan, text.matches, selection, {
        limit: query.size,
        offset: (query.page - 1) * query.size,
      }),
    );
    const tenant = cardTenant(tenantLink(host.tenant, this.tenancyOptions));
    const lexemes = text.matches?.lexemes ?? null;
    const json = searchAnswerJson<SearchResult>({
      total,
      page: query.page,
      size: query.size,
      origin: plan.origin,
      items: page.map((hit) => resultItemJson(snapshot.offers[hit.ordinal], hit, tenant, lexemes)),
      facets: {
        ...termFacets(snapshot, termCounts, selection),
        ...tenantFacets(
          [{ member: host, total, pass: { municipality: true, region: true } }],
          query,
          () => '',
        ),
      },
      didYouMean: total === 0 ? await didYouMean(this.snapshots, snapshot, plan.words) : [],
    });
    return { json, total, textResults: text.matches ? text.matches.ordinals.length : null };
  }

  private logSearch(
    tenant: Tenant,
    query: SearchQueryDto,
    termIds: string[],
    { total, textResults }: Pick<ComputedSearch, 'total' | 'textResults'>,
  ): void {
    if (!isSomeonesSearch(query)) return;
    this.searchLog.record(tenant, {
      query: anonymiseQuery(query.q ?? ''),
      termIds,
      filters: loggedFilters(query),
      resultCount: total,
      textResultCount: textResults,
    });
  }
}

/**
 * Whether a person searched: a text or a filter. The whole catalogue (the start page's challenge
 * counts) and an association's page list offers without anyone searching for anything, and would
 * otherwise fill the statistics (an association without offers as a "zero-result search").
 */
function isSomeonesSearch(query: SearchQueryDto): boolean {
  if (query.organization) return false;
  const notCriteria = new Set(['page', 'size', 'sort']);
  return Object.entries(query).some(([key, value]) => !notCriteria.has(key) && value !== undefined);
}

/** The filters worth counting; a citizen's own position is left out, only that one was given. */
function loggedFilters(query: SearchQueryDto): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({
      ...query,
      q: undefined,
      near: query.near ? true : undefined,
      page: undefined,
      size: undefined,
    }).filter(([, value]) => value !== undefined),
  );
}
