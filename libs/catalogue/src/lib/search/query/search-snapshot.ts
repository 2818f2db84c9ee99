import type { TenantRef } from '@socialkompas/tenancy';
import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import { TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { WEEKDAYS } from '../../offers/schedule.entity';
import { foldText } from './fold-text';
import type { SnapshotOfferRow } from './offer-search.repository';
import { columnsOf, SnapshotColumns } from './snapshot-columns';
import { HIT_VOCABULARIES, HitTerm, SearchHit } from './search-result';

/**
 * A result card without what depends on the search (snippet, distance) or on who searched it
 * where (tenant, national): built once per snapshot.
 */
export type OfferCard = Omit<SearchHit, 'snippet' | 'distanceKm' | 'tenant' | 'national'>;

/** One weekly opening, in minutes since midnight and days since the epoch. */
export interface OpeningTime {
  weekdays: number;
  opensAt: number;
  closesAt: number;
  validFrom: number | null;
  validTo: number | null;
}

/**
 * Whose search a snapshot serves: citizens see the published offers of published organisations
 * that are not hidden as stale; staff (the regional coordinators) every offer in any status.
 */
export type SnapshotAudience = 'public' | 'staff';

/** What search needs of one offer, held in memory. */
export interface OfferFacts {
  id: string;
  /** The lifecycle status: always 'published' in a public snapshot. */
  status: string;
  name: string;
  organizationId: string;
  /** The title folded (see foldText), for autocomplete. */
  foldedName: string;
  publishedAt: number;
  isFree: boolean;
  online: boolean;
  minimumAge: number;
  maximumAge: number;
  /** Ordinals into `SearchSnapshot.terms`. */
  terms: Uint16Array;
  /** Latitude, longitude pairs of the offer's places. */
  points: Float64Array;
  openings: OpeningTime[];
  /**
   * The offer's result card as JSON, as answers carry it: held as one string it takes a fraction
   * of the memory of the objects (a national process holds 70,000), and it is never parsed.
   */
  cardJson: string;
  /** The text a snippet is cut from: summary and description. */
  snippetText: string;
  /** The summary's length: it opens `snippetText`, and is the snippet of a search without text. */
  summaryLength: number;
}

/**
 * A tenant's published catalogue as search sees it, at one `search_state.generation`. Built once
 * per generation and shared by every request until an editor's change bumps the generation.
 */
export interface SearchSnapshot {
  tenantId: string;
  /** The tenant's slug from the registry, so a cache miss can open the tenant's unit of work. */
  tenantSlug: string;
  generation: string;
  audience: SnapshotAudience;
  terms: TermWithVocabulary[];
  /** Vocabulary index (into VOCABULARIES) of each term, by term ordinal. */
  termVocabulary: Uint8Array;
  termOrdinalById: Map<string, number>;
  /** Newest first (see newestFirst): so an ordinal alone orders equally ranked hits. */
  offers: OfferFacts[];
  offerOrdinalById: Map<string, number>;
  /** The offers' filter fields as typed arrays, by ordinal. */
  columns: SnapshotColumns;
}

/** What a search reads of a snapshot: one tenant's, or the one composed of a scope's members. */
export type SearchableOffers = Pick<
  SearchSnapshot,
  'terms' | 'termVocabulary' | 'termOrdinalById' | 'offers' | 'columns'
>;

/**
 * The order of offers in every snapshot: newest publication first, then by id. Searches keep it
 * as the last tie-break, so "newest" pages need no comparison beyond the ordinal.
 */
export function newestFirst(a: OfferFacts, b: OfferFacts): number {
  return b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The oldest age a range can name (the snapshot's columns hold ages in a byte). */
const UNBOUNDED_AGE = 130;
const DAY_MS = 86_400_000;

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
}

function day(date: string | null): number | null {
  return date === null ? null : Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Builds the snapshot from the audience's offers as the repository read them at `generation`. */
export function buildSnapshot(
  rows: SnapshotOfferRow[],
  tenant: TenantRef,
  generation: string,
  terms: TermWithVocabulary[],
  audience: SnapshotAudience = 'public',
): SearchSnapshot {
  const termOrdinalById = new Map(terms.map((term, ordinal) => [term.id, ordinal]));
  const cardTerms = cardTermsOf(terms);
  const offers = rows.map((row): OfferFacts => offerFacts(row, termOrdinalById, cardTerms));
  return assembleSnapshot(
    { tenantId: tenant.id, tenantSlug: tenant.slug, generation, audience, terms },
    offers,
  );
}

/** A snapshot of the offers (in any order: they are sorted in place) with the terms their ordinals refer to. */
export function assembleSnapshot(
  header: Pick<SearchSnapshot, 'tenantId' | 'tenantSlug' | 'generation' | 'audience' | 'terms'>,
  offers: OfferFacts[],
): SearchSnapshot {
  const { terms } = header;
  offers.sort(newestFirst);
  return {
    ...header,
    termVocabulary: Uint8Array.from(terms, (term) => VOCABULARIES.indexOf(term.vocabulary)),
    termOrdinalById: new Map(terms.map((term, ordinal) => [term.id, ordinal])),
    offers,
    offerOrdinalById: new Map(offers.map((offer, ordinal) => [offer.id, ordinal])),
    columns: columnsOf(offers, terms.length),
  };
}

/**
 * The snapshot at a later generation, with the offers of `changed` taken out and put back as
 * `rows` (the changed offers the audience still sees, read afresh). The terms stay: a change of
 * the vocabularies is never patched (see SearchIndexWriter). O(offers) in memory, no database.
 */
export function patchSnapshot(
  snapshot: SearchSnapshot,
  generation: string,
  changed: ReadonlySet<string>,
  rows: SnapshotOfferRow[],
): SearchSnapshot {
  const cardTerms = cardTermsOf(snapshot.terms);
  const offers = snapshot.offers
    .filter((offer) => !changed.has(offer.id))
    .concat(rows.map((row) => offerFacts(row, snapshot.termOrdinalById, cardTerms)));
  return assembleSnapshot({ ...snapshot, generation }, offers);
}

/** Per term ordinal, how a card shows the term: null for vocabularies cards leave out. */
function cardTermsOf(terms: TermWithVocabulary[]): ({ vocabulary: Vocabulary; term: HitTerm } | null)[] {
  const shown = new Set<Vocabulary>(HIT_VOCABULARIES);
  return terms.map((term) =>
    shown.has(term.vocabulary)
      ? { vocabulary: term.vocabulary, term: { code: term.code, name: term.name } }
      : null,
  );
}

function offerFacts(
  row: SnapshotOfferRow,
  termOrdinalById: Map<string, number>,
  cardTerms: ReturnType<typeof cardTermsOf>,
): OfferFacts {
  const ordinals = Uint16Array.from(
    row.term_ids.flatMap((id) => {
      const ordinal = termOrdinalById.get(id);
      return ordinal === undefined ? [] : [ordinal];
    }),
  );
  const shownTerms: OfferCard['terms'] = {};
  for (const ordinal of ordinals) {
    const shown = cardTerms[ordinal];
    if (shown) (shownTerms[shown.vocabulary as (typeof HIT_VOCABULARIES)[number]] ??= []).push(shown.term);
  }
  const { feeAmount, ...card } = row.card;
  return {
    id: row.id,
    status: row.status,
    name: row.name,
    organizationId: row.organization_id,
    foldedName: foldText(row.name),
    publishedAt: row.published_at === null ? 0 : new Date(row.published_at).getTime(),
    isFree: row.is_free,
    online: row.attending_types.includes('online'),
    minimumAge: row.minimum_age ?? 0,
    maximumAge: row.maximum_age ?? UNBOUNDED_AGE,
    terms: ordinals,
    points: Float64Array.from(row.points ?? []),
    openings: (row.openings ?? []).map((opening) => ({
      weekdays: opening.byday.reduce(
        (mask, weekday) => mask | (1 << WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number])),
        0,
      ),
      opensAt: minutes(opening.opens_at),
      closesAt: minutes(opening.closes_at),
      validFrom: day(opening.valid_from),
      validTo: day(opening.valid_to),
    })),
    cardJson: JSON.stringify({
      ...card,
      feeAmount: feeAmount === null ? null : Number(feeAmount),
      publishedAt: row.published_at,
      terms: shownTerms,
    } satisfies OfferCard),
    snippetText: row.snippet_text,
    summaryLength: card.summary.length,
  };
}

export type VocabularySelection = Record<Vocabulary, string[]>;
