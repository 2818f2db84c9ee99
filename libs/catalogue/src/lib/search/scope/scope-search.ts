import { Inject, Injectable } from '@nestjs/common';
import {
  NetworkTenant,
  PublishedReadPath,
  SearchScope,
  TENANCY_OPTIONS,
  TenancyOptions,
  tenantLink,
} from '@socialkompas/tenancy';
import { unknownTermMessage } from '../../taxonomy/resolve-term-references';
import { VOCABULARIES } from '../../taxonomy/taxonomy.entity';
import { CardTenant, cardTenant, resultItemJson } from '../query/result-item';
import { JsonText, SearchAnswerParts } from '../query/json-text';
import {
  badParameter,
  canonicalQuery,
  didYouMean,
  knownDidYouMean,
  planSearch,
  snapshotCriteria,
} from '../query/search-criteria';
import { anotherVersion, VersionedCache } from '../query/versioned-cache';
import { SearchQueryDto } from '../query/search-query.dto';
import { SearchHit } from '../query/search-result';
import { SEARCH_OPTIONS, SearchOptions } from '../query/search-options';
import { SearchSnapshots } from '../query/search-snapshots';
import type { VocabularySelection } from '../query/search-snapshot';
import { searchSnapshot, SnapshotHit } from '../query/snapshot-search';
import { termFacets } from '../query/term-facets';
import { HostHiddenOffers, NOTHING_HIDDEN } from './host-hidden-offers';
import { inParallel } from './in-parallel';
import { memberSnapshot } from './member-snapshot';
import { ScopeAccess } from './scope-access';
import { ComposedText, composeText } from './scope-composed-text';
import { ScopeText } from './scope-text';
import { ScopeGenerations } from './scope-generations';
import { ScopeSnapshot } from './scope-snapshot';
import { ScopeSnapshots } from './scope-snapshots';
import { NATIONAL_FACET_NAME, tenantFacets, tenantFilterPass } from './tenant-facets';
import { SearchMetrics } from '../query/search-metrics';

/** Members read side by side per search: enough to overlap round trips, few enough to leave the pool to others. */
const MEMBERS_AT_ONCE = 4;
/** Cached scope answers are weighed by their size as JSON, in characters. */
const ANSWER_BUDGET = 32_000_000;

/** A scope's answer and what the host's statistics need besides it. */
export interface ScopeAnswer {
  result: SearchAnswerParts;
  /** Lifecycle status → results, over the members the tenant filters keep (disjunctive): a staff search's status facet. */
  statusCounts: Map<string, number>;
  textResults: number | null;
  /** The host's own ids of the chosen terms. */
  hostTermIds: string[];
}

/**
 * Search over a scope of several tenants (a region's members, the nation, a municipality and the
 * national offers): each member's snapshot and text matches are its own, read through the
 * PublishedReadPath (in its read-only unit of work, or many members in one statement); the
 * search itself runs once over the scope's composed snapshot (ScopeSnapshots), so one order of
 * hits, facet counts by term code, and the municipality and region facets come out of one loop.
 * A whole answer is reused while no member's generation has moved (ScopeGenerations), unless
 * answer reuse is off (SEARCH_ANSWER_REUSE=off).
 */
@Injectable()
export class ScopeSearch {
  /** Per scope and audience, at the members' generations: a member's edit drops the scope's older answers. */
  private readonly answers = new VersionedCache<ScopeAnswer>(ANSWER_BUDGET, anotherVersion);
  /** The citizens' search: published offers, through the one cross-tenant read path. */
  private readonly publicAccess: ScopeAccess = {
    audience: 'public',
    statuses: null,
    snapshot: (member, generation) => memberSnapshot(this.readPath, this.snapshots, member, generation),
    texts: (members, words) => this.scopeText.search(members, words),
    read: (member, work) => this.readPath.read(member.tenant, () => work()),
  };

  constructor(
    private readonly readPath: PublishedReadPath,
    private readonly snapshots: SearchSnapshots,
    private readonly scopeSnapshots: ScopeSnapshots,
    private readonly hiddenOffers: HostHiddenOffers,
    private readonly generations: ScopeGenerations,
    private readonly scopeText: ScopeText,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchOptions,
    private readonly metrics: SearchMetrics,
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
    const composedKey = `${access.audience}:${scope.key}`;
    const reuse = this.options.answerReuse
      ? { version: generations.join(','), key: canonicalQuery(query) }
      : null;
    const remembered = reuse
      ? this.metrics.lookedUp('scope_answer', this.answers.get(composedKey, reuse.version, reuse.key))
      : undefined;
    if (remembered) return remembered;

    const { members } = scope;
    const composed =
      this.scopeSnapshots.atGenerations(composedKey, members, generations) ??
      (await this.compose(composedKey, scope, generations, access));
    const selection = scopeSelection(query, composed);
    const passes = members.map((member) => tenantFilterPass(member, query));
    const text = await this.textOf(composed, members, plan.words, access);
    const offset = (query.page - 1) * query.size;
    const found = searchSnapshot(composed, {
      ...snapshotCriteria(plan, text.matches, selection, { limit: query.size, offset }),
      statuses: access.statuses,
      members: {
        of: composed.memberOf,
        included: Uint8Array.from(passes, (pass) => (pass.municipality && pass.region ? 1 : 0)),
      },
    });
    const memberTotals = found.memberTotals ?? new Uint32Array(members.length);
    const tenants: CardTenant[] = [];
    const tenantOf = (member: number) =>
      (tenants[member] ??= cardTenant(tenantLink(members[member].tenant, this.tenancyOptions)));
    const result: SearchAnswerParts = {
      total: found.total,
      page: query.page,
      size: query.size,
      origin: plan.origin,
      items: found.page.map((hit) => this.item(hit, composed, tenantOf, text, access)),
      facets: {
        ...termFacets(composed, found.termCounts, selection),
        ...tenantFacets(
          members.map((member, index) => ({ member, total: memberTotals[index], pass: passes[index] })),
          query,
          (slug) => facetName(slug, network),
        ),
      },
      didYouMean: found.total === 0 ? await this.suggestion(scope, composed, plan.words, access) : [],
    };
    const answer: ScopeAnswer = {
      result,
      statusCounts: found.statusCounts,
      textResults: text.hostMatches,
      hostTermIds: Object.values(selection)
        .flat()
        .filter((id) => composed.members[0].snapshot.termOrdinalById.has(id)),
    };
    // Only an answer made of the very generations of its key may answer that key again.
    const consistent = composed.members.every(
      ({ snapshot }, index) => snapshot.generation === generations[index],
    );
    if (consistent && reuse) {
      this.answers.set(composedKey, reuse.version, reuse.key, answer, answerWeight(result));
    }
    return answer;
  }

  /**
   * The scope's members' snapshots at the generations read (the host's hidden national offers
   * left out), composed into one; each member's snapshot is read only when this process does
   * not hold it at that generation.
   */
  private async compose(
    key: string,
    scope: SearchScope,
    generations: string[],
    access: ScopeAccess,
  ): Promise<ScopeSnapshot> {
    const { members } = scope;
    const snapshots = await inParallel(members, MEMBERS_AT_ONCE, (member, index) =>
      access.snapshot(member, generations[index]),
    );
    const hidden = members.some((member) => member.tenant.kind === 'national')
      ? await this.hiddenOffers.of(scope, generations[0])
      : NOTHING_HIDDEN;
    return this.scopeSnapshots.compose(
      key,
      members.map((member, index) => ({ member, snapshot: snapshots[index] })),
      hidden,
    );
  }

  /** The host's "did you mean": from memory, or read in the host's unit of work. */
  private async suggestion(
    scope: SearchScope,
    composed: ScopeSnapshot,
    words: string[],
    access: ScopeAccess,
  ): Promise<string[]> {
    const host = composed.members[0].snapshot;
    return (
      knownDidYouMean(this.snapshots, host, words) ??
      (await access.read(scope.host, () => didYouMean(this.snapshots, host, words)))
    );
  }

  /** The text's matches over the composed snapshot: from memory, or from each member's text search. */
  private async textOf(
    composed: ScopeSnapshot,
    members: NetworkTenant[],
    words: string[],
    access: ScopeAccess,
  ): Promise<ComposedText> {
    if (words.length === 0) return { matches: null, lexemes: members.map(() => null), hostMatches: null };
    const known = this.scopeSnapshots.knownText(composed, words);
    if (known) return known;
    const texts = await access.texts(
      composed.members.map(({ snapshot }, index) => ({ tenant: members[index].tenant, snapshot })),
      words,
    );
    const text = composeText(composed, texts);
    this.scopeSnapshots.rememberText(composed, words, text);
    return text;
  }

  /** A result card from its member's snapshot, with that member's extract; for staff with the offer's status. */
  private item(
    hit: SnapshotHit,
    composed: ScopeSnapshot,
    tenantOf: (member: number) => CardTenant,
    text: ComposedText,
    access: ScopeAccess,
  ): JsonText<SearchHit> {
    const member = composed.memberOf[hit.ordinal];
    const { snapshot } = composed.members[member];
    const offer = snapshot.offers[composed.memberOrdinal[hit.ordinal]];
    const status = access.audience === 'staff' ? { status: offer.status } : undefined;
    return resultItemJson(offer, hit, tenantOf(member), text.lexemes[member], status);
  }
}

/** An answer's size as JSON, in characters, near enough to weigh it in the cache. */
function answerWeight({ items, ...rest }: SearchAnswerParts): number {
  return items.reduce((sum, item) => sum + item.length, JSON.stringify(rest).length);
}

/**
 * The query's term references (codes, or any member's term ids) as the composed snapshot's term
 * ids; a reference no member knows is a mistake, as it is in one tenant's search.
 */
function scopeSelection(query: SearchQueryDto, composed: ScopeSnapshot): VocabularySelection {
  const selection = {} as VocabularySelection;
  for (const vocabulary of VOCABULARIES) {
    selection[vocabulary] = (query[vocabulary] ?? []).map((reference) => {
      const ordinal = composed.termByReference.get(`${vocabulary}:${reference}`);
      if (ordinal === undefined) {
        throw badParameter(vocabulary, unknownTermMessage(vocabulary, reference));
      }
      return composed.terms[ordinal].id;
    });
  }
  return selection;
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

function facetName(slug: string, network: NetworkTenant[]): string {
  const tenant = network.find((entry) => entry.tenant.slug === slug)?.tenant;
  if (!tenant) return slug;
  return tenant.kind === 'national' ? NATIONAL_FACET_NAME : tenant.name;
}
