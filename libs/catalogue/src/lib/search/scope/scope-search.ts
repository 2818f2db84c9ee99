import { Inject, Injectable } from '@nestjs/common';
import {
  NetworkTenant,
  PublishedReadPath,
  SearchScope,
  TENANCY_OPTIONS,
  TenancyOptions,
  tenantLink,
} from '@socialkompas/tenancy';
import { OfferSearchRepository } from '../query/offer-search.repository';
import { resultItem } from '../query/result-item';
import { badParameter, canonicalQuery, didYouMean, planSearch } from '../query/search-criteria';
import { LruCache } from '../query/lru-cache';
import { SearchQueryDto } from '../query/search-query.dto';
import { SearchHit, SearchResult } from '../query/search-result';
import { SearchSnapshots } from '../query/search-snapshots';
import { termFacets } from '../query/term-facets';
import { HostHiddenOffers, NOTHING_HIDDEN } from './host-hidden-offers';
import { inParallel } from './in-parallel';
import { MemberSearch, searchMember } from './member-search';
import { ScopeAccess } from './scope-access';
import { mergeHits } from './merge-hits';
import { ScopeGenerations } from './scope-generations';
import { NATIONAL_FACET_NAME, tenantFacets, TenantFilterPass, tenantFilterPass } from './tenant-facets';

/** Members read side by side per search: enough to overlap round trips, few enough to leave the pool to others. */
const MEMBERS_AT_ONCE = 4;
/** Cached scope answers are weighed by their size as JSON, in characters. */
const ANSWER_BUDGET = 32_000_000;

/** A scope's answer and what the host's statistics need besides it. */
export interface ScopeAnswer {
  result: SearchResult;
  /** Lifecycle status → results, summed over the members (disjunctive): a staff search's status facet. */
  statusCounts: Map<string, number>;
  textResults: number | null;
  /** The host's own ids of the chosen terms. */
  hostTermIds: string[];
}

interface MemberPart {
  pass: TenantFilterPass;
  search: MemberSearch;
}

/**
 * Search over a scope of several tenants (a region's members, the nation, a municipality and the
 * national offers): each member is searched in its own read-only unit of work through the
 * PublishedReadPath, on its own snapshot and text matches, and the parts are merged: one order of
 * hits, facet counts summed by term code, and municipality and region facets. A whole answer is
 * reused while no member's generation has moved (ScopeGenerations).
 */
@Injectable()
export class ScopeSearch {
  private readonly answers = new LruCache<string, ScopeAnswer>(ANSWER_BUDGET);
  /** The citizens' search: published offers, through the one cross-tenant read path. */
  private readonly publicAccess: ScopeAccess = {
    audience: 'public',
    statuses: null,
    read: (member, work) => this.readPath.read(member, () => work()),
  };

  constructor(
    private readonly readPath: PublishedReadPath,
    private readonly snapshots: SearchSnapshots,
    private readonly search: OfferSearchRepository,
    private readonly hiddenOffers: HostHiddenOffers,
    private readonly generations: ScopeGenerations,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
  ) {}

  async find(
    scope: SearchScope,
    query: SearchQueryDto,
    access: ScopeAccess = this.publicAccess,
  ): Promise<ScopeAnswer> {
    const plan = planSearch(query);
    const network = await this.readPath.network();
    assertKnownTenants(query, network);
    const generations = await this.generations.of(scope);
    const key = `${access.audience}:${scope.key}@${generations.join(',')}#${canonicalQuery(query)}`;
    const remembered = this.answers.get(key);
    if (remembered) return remembered;

    const offset = (query.page - 1) * query.size;
    let hidden: Promise<ReadonlySet<string>> | undefined;
    const parts = await inParallel(
      scope.members,
      MEMBERS_AT_ONCE,
      async (member): Promise<MemberPart | null> => {
        const pass = tenantFilterPass(member, query);
        const isHost = member === scope.host;
        // The host is always searched: its statistics and "did you mean" need its own words.
        if (!isHost && !pass.municipality && !pass.region) return null;
        const full = pass.municipality && pass.region;
        const memberHidden =
          member.tenant.kind === 'national'
            ? await (hidden ??= this.hiddenOffers.of(scope, generations[0]))
            : NOTHING_HIDDEN;
        const search = await access.read(member.tenant, () =>
          searchMember(this.snapshots, member, plan, memberHidden, full ? offset + query.size : 0, access),
        );
        return { pass, search };
      },
    );
    const searched = parts.filter((part): part is MemberPart => part !== null);
    assertKnownTerms(searched);
    const included = searched
      .filter(({ pass }) => pass.municipality && pass.region)
      .map(({ search }) => search);
    const host = searched[0].search;
    const total = included.reduce((sum, search) => sum + search.total, 0);
    const result: SearchResult = {
      total,
      page: query.page,
      size: query.size,
      origin: plan.origin,
      items: await this.items(mergeHits(included, query.sort, offset, query.size), access),
      facets: {
        // Members are in the scope's order, the host first: its term ids and names win.
        ...termFacets(included),
        ...tenantFacets(
          searched.map(({ search, pass }) => ({ member: search.member, total: search.total, pass })),
          query,
          (slug) => facetName(slug, network),
        ),
      },
      didYouMean:
        total === 0 && plan.words.length > 0
          ? await access.read(scope.host.tenant, () => didYouMean(this.snapshots, host.snapshot, plan.words))
          : [],
    };
    const statusCounts = new Map<string, number>();
    for (const search of included) {
      for (const [status, count] of search.statusCounts)
        statusCounts.set(status, (statusCounts.get(status) ?? 0) + count);
    }
    const answer: ScopeAnswer = {
      result,
      statusCounts,
      textResults: host.textResults,
      hostTermIds: Object.values(host.selection)
        .flat()
        .filter((id) => host.snapshot.termOrdinalById.has(id)),
    };
    // Only an answer made of the very generations of its key may answer that key again.
    const consistent = searched.every(
      ({ search }) => search.snapshot.generation === generations[scope.members.indexOf(search.member)],
    );
    if (consistent) this.answers.set(key, answer, JSON.stringify(result).length);
    return answer;
  }

  /** The page's result cards: each member's details from its own schema, read-only. */
  private async items(page: ReturnType<typeof mergeHits>, access: ScopeAccess): Promise<SearchHit[]> {
    const byMember = new Map<MemberSearch, string[]>();
    for (const { search, hit } of page) byMember.set(search, [...(byMember.get(search) ?? []), hit.id]);
    const rows = new Map<string, Awaited<ReturnType<OfferSearchRepository['results']>>[number]>();
    await inParallel([...byMember], MEMBERS_AT_ONCE, async ([search, ids]) => {
      const found = await access.read(search.member.tenant, () =>
        this.search.results(ids, search.tsquery, access.audience),
      );
      for (const row of found) rows.set(`${search.member.tenant.id}:${row.id}`, row);
    });
    return page.flatMap(({ search, hit }) => {
      const row = rows.get(`${search.member.tenant.id}:${hit.id}`);
      return row
        ? [resultItem(row, hit, search.snapshot, tenantLink(search.member.tenant, this.tenancyOptions))]
        : [];
    });
  }
}

/** A municipality or region filter naming no tenant of that kind is a mistake, as an unknown term is. */
function assertKnownTenants(query: SearchQueryDto, network: NetworkTenant[]): void {
  const check = (field: 'municipality' | 'region', kinds: string[]) => {
    for (const slug of query[field] ?? []) {
      if (!network.some(({ tenant }) => tenant.slug === slug && kinds.includes(tenant.kind))) {
        throw badParameter(field, `${field} kender ikke "${slug}". Se GET /api/v1/network/tenants.`);
      }
    }
  };
  check('municipality', ['municipality', 'national']);
  check('region', ['region']);
}

/** A term reference no member knows is a mistake; one that only some members know is not. */
function assertKnownTerms(parts: MemberPart[]): void {
  const [first, ...rest] = parts.map(({ search }) => new Set(search.unknownReferences));
  for (const reference of first ?? []) {
    if (rest.every((unknown) => unknown.has(reference))) {
      const [vocabulary, value] = reference.split(/:(.*)/s);
      throw badParameter(vocabulary, `${vocabulary} kender ikke "${value}". Se GET /api/v1/taxonomy.`);
    }
  }
}

function facetName(slug: string, network: NetworkTenant[]): string {
  const tenant = network.find((entry) => entry.tenant.slug === slug)?.tenant;
  if (!tenant) return slug;
  return tenant.kind === 'national' ? NATIONAL_FACET_NAME : tenant.name;
}
