import { BadRequestException } from '@nestjs/common';
import { postcodeArea } from '@socialkompas/denmark';
import { danishMoment } from './danish-time';
import type { MatchedWord } from './offer-search.repository';
import { SearchQueryDto } from './search-query.dto';
import { SearchSnapshot, VocabularySelection } from './search-snapshot';
import { SearchSnapshots } from './search-snapshots';
import { Point, SnapshotCriteria, TextMatches } from './snapshot-search';
import { queryWords, tsqueryText } from './text-query';

/** How close a known word must be to a typed one to be searched for as well ("ensomed" → ensomhed). */
export const CORRECTION_SIMILARITY = 0.4;
/** Looser, for "did you mean" once nothing was found. */
const SUGGESTION_SIMILARITY = 0.3;

export function badParameter(field: string, message: string): BadRequestException {
  return new BadRequestException({ title: 'Ugyldig søgning', detail: message, errors: [{ field, message }] });
}

/**
 * The search as a key: parameters in a fixed order, whatever order the URL gave them in. An
 * open_now answer holds for the Danish minute it was given in, as opening times are in minutes.
 */
export function canonicalQuery(query: SearchQueryDto): string {
  const parameters = JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
  if (!query.open_now) return parameters;
  const { day, minute } = danishMoment(new Date());
  return `${parameters}@${day}:${minute}`;
}

/** What a search asks for, checked, before any tenant's snapshot is looked at. */
export interface SearchPlan {
  query: SearchQueryDto;
  origin: Point | null;
  ages: { from: number; to: number } | null;
  words: string[];
}

export function planSearch(query: SearchQueryDto): SearchPlan {
  const origin = resolveOrigin(query);
  const ages = parseAges(query.age);
  if (query.radius_km !== undefined && !origin) {
    throw badParameter('radius_km', 'radius_km kræver near eller postcode, så der er et sted at måle fra.');
  }
  if (query.sort === 'distance' && !origin) {
    throw badParameter('sort', 'sort=distance kræver near eller postcode, så der er et sted at måle fra.');
  }
  return { query, origin, ages, words: queryWords(query.q) };
}

/** Whether the search is for a place within a radius: what lets nearby municipalities join. */
export function isPlaceSearch(query: SearchQueryDto): boolean {
  return query.radius_km !== undefined && (query.near !== undefined || query.postcode !== undefined);
}

/** The snapshot search's criteria for the plan, at `limit` hits from `offset`. */
export function snapshotCriteria(
  plan: SearchPlan,
  textMatches: TextMatches | null,
  selection: VocabularySelection,
  page: { limit: number; offset: number },
): SnapshotCriteria {
  const { query } = plan;
  return {
    textMatches,
    selection,
    organizationId: query.organization ?? null,
    ages: plan.ages,
    free: query.free ?? null,
    online: query.online ?? null,
    openAt: query.open_now ? danishMoment(new Date()) : null,
    origin: plan.origin,
    radiusKm: query.radius_km ?? null,
    sort: query.sort,
    ...page,
  };
}

/** The text part of a search in one tenant: its tsquery (with that tenant's corrections) and matches. */
export interface TextSearch {
  tsquery: string | null;
  /** Null without a text, or when the text held only stop words. */
  matches: TextMatches | null;
}

/** Matches the plan's words in the current unit of work's tenant, correcting unknown words by its word list. */
export async function searchText(
  snapshots: SearchSnapshots,
  snapshot: SearchSnapshot,
  words: string[],
): Promise<TextSearch> {
  const tsquery = tsqueryOf(await snapshots.matchWords(snapshot, words, CORRECTION_SIMILARITY));
  return { tsquery, matches: tsquery ? await snapshots.matchText(snapshot, tsquery) : null };
}

/** What searchText would find, when this process knows it without asking PostgreSQL; else undefined. */
export function knownText(
  snapshots: SearchSnapshots,
  snapshot: SearchSnapshot,
  words: string[],
): TextSearch | undefined {
  if (words.length === 0) return { tsquery: null, matches: null };
  const matched = snapshots.knownWordMatches(snapshot, words, CORRECTION_SIMILARITY);
  if (!matched) return undefined;
  const tsquery = tsqueryOf(matched);
  if (!tsquery) return { tsquery, matches: null };
  const matches = snapshots.knownTextMatches(snapshot, tsquery);
  return matches === undefined ? undefined : { tsquery, matches };
}

/** Known words as they are; unknown ones also as their nearest known words. */
export function tsqueryOf(matched: MatchedWord[]): string | null {
  return tsqueryText(
    matched.map(({ word, known, corrections }) => ({ word, corrections: known ? [] : corrections })),
  );
}

/** The query with each word swapped for the closest known word, when that changes anything. */
export async function didYouMean(
  snapshots: SearchSnapshots,
  snapshot: SearchSnapshot,
  words: string[],
): Promise<string[]> {
  if (words.length === 0) return [];
  return suggestionOf(words, await snapshots.matchWords(snapshot, words, SUGGESTION_SIMILARITY));
}

/**
 * What didYouMean would answer from memory, without PostgreSQL; undefined when it would have to
 * ask. A scope search opens the host's unit of work for the suggestion only then.
 */
export function knownDidYouMean(
  snapshots: SearchSnapshots,
  snapshot: SearchSnapshot,
  words: string[],
): string[] | undefined {
  if (words.length === 0) return [];
  const matched = snapshots.knownWordMatches(snapshot, words, SUGGESTION_SIMILARITY);
  return matched && suggestionOf(words, matched);
}

function suggestionOf(words: string[], matched: MatchedWord[]): string[] {
  const corrected = matched.map(({ word, known, corrections }) => (known ? word : (corrections[0] ?? word)));
  const suggestion = corrected.join(' ');
  return suggestion === words.join(' ') ? [] : [suggestion];
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
