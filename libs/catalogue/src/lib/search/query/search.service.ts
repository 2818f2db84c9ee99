import { BadRequestException, Injectable } from '@nestjs/common';
import { TenantRef } from '@socialkompas/tenancy';
import { postcodeArea } from '@socialkompas/denmark';
import { TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import { resolveTermReferences } from '../../taxonomy/resolve-term-references';
import { SearchQueryDto } from './search-query.dto';
import { autocomplete, Suggestions } from '../suggest/autocomplete';
import { danishMoment } from './danish-time';
import { SearchLog } from '../stats/search-log';
import { SearchSnapshot, VocabularySelection } from './search-snapshot';
import { SearchSnapshots } from './search-snapshots';
import { FacetTerm, SearchFacets, SearchResult } from './search-result';
import { searchHit } from './search-hit';
import { Point, searchSnapshot } from './snapshot-search';
import { anonymiseQuery, queryWords, tsqueryText } from './text-query';

/** How close a known word must be to a typed one to be searched for as well ("ensomed" → ensomhed). */
const CORRECTION_SIMILARITY = 0.4;
/** Looser, for "did you mean" once nothing was found. */
const SUGGESTION_SIMILARITY = 0.3;
/** Autocomplete shows at most this many terms and this many offer titles. */
const SUGGESTIONS_PER_KIND = 5;

/**
 * An answer with what the statistics need besides it: how many offers the text alone found
 * (null without a text), which tells "nothing for this text" from "nothing with these filters".
 */
interface ComputedSearch {
  result: SearchResult;
  textResults: number | null;
}

function badParameter(field: string, message: string): BadRequestException {
  return new BadRequestException({ title: 'Ugyldig søgning', detail: message, errors: [{ field, message }] });
}

@Injectable()
export class SearchService {
  constructor(
    private readonly snapshots: SearchSnapshots,
    private readonly searchLog: SearchLog,
  ) {}

  /**
   * Runs a public search for the tenant. Over a snapshot whose generation was read within the last
   * second, with the text's matches cached, it needs no database round trip (see snapshotOf).
   */
  async find(tenant: TenantRef, query: SearchQueryDto): Promise<SearchResult> {
    const snapshot = await this.snapshots.snapshotOf(tenant);
    const termIds = resolveTermReferences(query, snapshot.terms, badParameter);
    const key = canonicalQuery(query);
    let computed = this.snapshots.recallResult<ComputedSearch>(snapshot, key);
    if (!computed) {
      computed = await this.compute(query, snapshot, termIds);
      this.snapshots.rememberResult(snapshot, key, computed);
    }
    this.logSearch(tenant, query, termIds, computed);
    return computed.result;
  }

  private async compute(
    query: SearchQueryDto,
    snapshot: SearchSnapshot,
    termIds: VocabularySelection,
  ): Promise<ComputedSearch> {
    const origin = resolveOrigin(query);
    const ages = parseAges(query.age);
    if (query.radius_km !== undefined && !origin) {
      throw badParameter('radius_km', 'radius_km kræver near eller postcode, så der er et sted at måle fra.');
    }
    if (query.sort === 'distance' && !origin) {
      throw badParameter('sort', 'sort=distance kræver near eller postcode, så der er et sted at måle fra.');
    }

    const words = queryWords(query.q);
    const matched = await this.snapshots.matchWords(snapshot, words, CORRECTION_SIMILARITY);
    const tsquery = tsqueryText(
      matched.map(({ word, known, corrections }) => ({ word, corrections: known ? [] : corrections })),
    );
    const textMatches = tsquery ? await this.snapshots.matchText(snapshot, tsquery) : null;
    const { total, page, facets } = searchSnapshot(snapshot, {
      textMatches,
      selection: termIds,
      organizationId: query.organization ?? null,
      ages,
      free: query.free ?? null,
      online: query.online ?? null,
      openAt: query.open_now ? danishMoment(new Date()) : null,
      origin,
      radiusKm: query.radius_km ?? null,
      sort: query.sort,
      limit: query.size,
      offset: (query.page - 1) * query.size,
    });
    const didYouMean = total === 0 && words.length > 0 ? await this.didYouMean(snapshot, words) : [];

    const result: SearchResult = {
      total,
      page: query.page,
      size: query.size,
      origin,
      items: page.map((hit) => searchHit(snapshot, hit, textMatches?.lexemes ?? null)),
      facets: facetsOf(snapshot.terms, facets, termIds),
      didYouMean,
    };
    return { result, textResults: textMatches ? textMatches.ordinals.length : null };
  }

  private logSearch(
    tenant: TenantRef,
    query: SearchQueryDto,
    termIds: VocabularySelection,
    { result, textResults }: ComputedSearch,
  ): void {
    if (!isSomeonesSearch(query)) return;
    this.searchLog.record(tenant, {
      query: anonymiseQuery(query.q ?? ''),
      termIds: Object.values(termIds).flat(),
      filters: loggedFilters(query),
      resultCount: result.total,
      textResultCount: textResults,
    });
  }

  async suggest(text: string): Promise<Suggestions> {
    return { items: autocomplete(await this.snapshots.current(), text, SUGGESTIONS_PER_KIND) };
  }

  /** The query with each word swapped for the closest known word, when that changes anything. */
  private async didYouMean(snapshot: SearchSnapshot, words: string[]): Promise<string[]> {
    const matched = await this.snapshots.matchWords(snapshot, words, SUGGESTION_SIMILARITY);
    const corrected = matched.map(({ word, known, corrections }) =>
      known ? word : (corrections[0] ?? word),
    );
    const suggestion = corrected.join(' ');
    return suggestion === words.join(' ') ? [] : [suggestion];
  }
}

/**
 * The search as a key: parameters in a fixed order, whatever order the URL gave them in. An
 * open_now answer holds for the Danish minute it was given in, as opening times are in minutes.
 */
function canonicalQuery(query: SearchQueryDto): string {
  const parameters = JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
  if (!query.open_now) return parameters;
  const { day, minute } = danishMoment(new Date());
  return `${parameters}@${day}:${minute}`;
}

function resolveOrigin(query: SearchQueryDto): Point | null {
  if (query.near && query.postcode) {
    throw badParameter('near', 'Brug enten near eller postcode, ikke begge.');
  }
  if (query.near) {
    const [latitude, longitude] = query.near.split(',').map(Number);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      throw badParameter('near', 'near skal være en position som breddegrad,længdegrad, fx 56.1567,10.2108.');
    }
    return { latitude, longitude };
  }
  if (query.postcode) {
    const area = postcodeArea(query.postcode);
    if (!area) throw badParameter('postcode', `postcode ${query.postcode} er ikke et postnummer, vi kender.`);
    return { latitude: area.latitude, longitude: area.longitude };
  }
  return null;
}

function parseAges(age: string | undefined): { from: number; to: number } | null {
  if (!age) return null;
  const [from, to = from] = age.split('-').map(Number);
  if (from > to || to > 130)
    throw badParameter('age', 'age skal være en alder op til 130 eller et interval som 13-17.');
  return { from, to };
}

/** One collator for every sort: `localeCompare(…, 'da')` builds one per comparison. */
const danishOrder = new Intl.Collator('da').compare;

function facetsOf(
  terms: TermWithVocabulary[],
  counts: Map<string, number>,
  selected: Record<Vocabulary, string[]>,
): SearchFacets {
  const facets = Object.fromEntries(
    VOCABULARIES.map((vocabulary) => [vocabulary, [] as FacetTerm[]]),
  ) as Record<Vocabulary, FacetTerm[]>;
  for (const term of terms) {
    const count = counts.get(term.id) ?? 0;
    const isSelected = selected[term.vocabulary].includes(term.id);
    if (count > 0 || isSelected) {
      facets[term.vocabulary].push({
        id: term.id,
        code: term.code,
        name: term.name,
        count,
        selected: isSelected,
      });
    }
  }
  // Ages and districts read best in their own order; the rest by how much they offer.
  for (const vocabulary of ['challenge', 'target_group', 'activity'] as const) {
    facets[vocabulary].sort((a, b) => b.count - a.count || danishOrder(a.name, b.name));
  }
  return facets;
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
