import { Inject, Injectable } from '@nestjs/common';
import {
  NetworkTenant,
  PublishedReadPath,
  SearchScope,
  TENANCY_OPTIONS,
  TenancyOptions,
  tenantLink,
} from '@socialkompas/tenancy';
import { resultItem } from '../query/result-item';
import { badParameter, canonicalQuery, didYouMean, planSearch } from '../query/search-criteria';
import { LruCache } from '../query/lru-cache';
import { SearchQueryDto } from '../query/search-query.dto';
import { SearchHit, SearchResult } from '../query/search-result';
import { SEARCH_OPTIONS, SearchOptions } from '../query/search-options';
import { SearchSnapshots } from '../query/search-snapshots';
import { termFacets } from '../query/term-facets';
import { HostHiddenOffers, NOTHING_HIDDEN } from './host-hidden-offers';
import { inParallel } from './in-parallel';
import { MemberSearch, MemberSearchRequest, searchMember } from './member-search';
import { memberSnapshot } from './member-snapshot';
import { ScopeAccess } from './scope-access';
import { ScopeText } from './scope-text';
import { mergeHits, ScopeHit } from './merge-hits';
import { ScopeGenerations } from './scope-generations';
import { ScopeTermOrdinals } from './scope-term-ordinals';
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
 * hits, facet counts summed by term code (as shared ordinals, ScopeTermOrdinals), and
 * municipality and region facets. A whole answer is reused while no member's generation has moved
 * (ScopeGenerations), unless answer reuse is off (SEARCH_ANSWER_REUSE=off).
 */
@Injectable()
export class ScopeSearch {
  private readonly answers = new LruCache<string, ScopeAnswer>(ANSWER_BUDGET);
  private readonly termOrdinals = new ScopeTermOrdinals();
  /** The citizens' search: published offers, through the one cross-tenant read path. */
  private readonly publicAccess: ScopeAccess = {
    audience: 'public',
    statuses: null,
    snapshot: (member, generation) => memberSnapshot(this.readPath, this.snapshots, member, generation),
    texts: (members, words) => this.text.search(members, words),
    read: (member, work) => this.readPath.read(member.tenant, () => work()),
  };

  constructor(
    private readonly readPath: PublishedReadPath,
    private readonly snapshots: SearchSnapshots,
    private readonly hiddenOffers: HostHiddenOffers,
    private readonly generations: ScopeGenerations,
    private readonly text: ScopeText,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchOptions,
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
    const remembered = this.options.answerReuse ? this.answers.get(key) : undefined;
    if (remembered) return remembered;

    const offset = (query.page - 1) * query.size;
    // The host is always searched: its statistics and "did you mean" need its own words.
    const chosen = scope.members
      .map((member) => ({ member, pass: tenantFilterPass(member, query) }))
      .filter(({ member, pass }) => member === scope.host || pass.municipality || pass.region);
    const snapshots = await inParallel(chosen, MEMBERS_AT_ONCE, ({ member }) =>
      access.snapshot(member, generations[scope.members.indexOf(member)]),
    );
    const texts = await access.texts(
      chosen.map(({ member }, index) => ({ tenant: member.tenant, snapshot: snapshots[index] })),
      plan.words,
    );
    const hidden = chosen.some(({ member }) => member.tenant.kind === 'national')
      ? await this.hiddenOffers.of(scope, generations[0])
      : NOTHING_HIDDEN;
    const searched = chosen.map(({ member, pass }, index): MemberPart => {
      const full = pass.municipality && pass.region;
      const request: MemberSearchRequest = {
        member,
        plan,
        hidden: member.tenant.kind === 'national' ? hidden : NOTHING_HIDDEN,
        limit: full ? offset + query.size : 0,
        statuses: access.statuses,
      };
      return { pass, search: searchMember(request, snapshots[index], texts[index]) };
    });
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
      items: this.items(mergeHits(included, query.sort, offset, query.size), access),
      facets: {
        // Members are in the scope's order, the host first: its term ids and names win.
        ...termFacets(included, this.termOrdinals),
        ...tenantFacets(
          searched.map(({ search, pass }) => ({ member: search.member, total: search.total, pass })),
          query,
          (slug) => facetName(slug, network),
        ),
      },
      didYouMean:
        total === 0 && plan.words.length > 0
          ? await access.read(scope.host, () => didYouMean(this.snapshots, host.snapshot, plan.words))
          : [],
    };
    const statusCounts = new Map<string, number>();
    for (const search of included) {
      for (const [status, count] of search.statusCounts) {
        statusCounts.set(status, (statusCounts.get(status) ?? 0) + count);
      }
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
    if (consistent && this.options.answerReuse) this.answers.set(key, answer, JSON.stringify(result).length);
    return answer;
  }

  /** The page's result cards, each from its member's snapshot; for staff with the offer's status. */
  private items(page: ScopeHit[], access: ScopeAccess): SearchHit[] {
    return page.map(({ search, hit }) => {
      const item = resultItem(
        hit,
        search.snapshot,
        tenantLink(search.member.tenant, this.tenancyOptions),
        search.lexemes,
      );
      return access.audience === 'staff'
        ? { ...item, status: search.snapshot.offers[hit.ordinal].status }
        : item;
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
