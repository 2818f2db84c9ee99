import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import { TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { WEEKDAYS } from '../../offers/schedule.entity';
import { foldText } from './fold-text';
import type { SnapshotOfferRow } from './offer-search.repository';

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
}

/**
 * A tenant's published catalogue as search sees it, at one `search_state.generation`. Built once
 * per generation and shared by every request until an editor's change bumps the generation.
 */
export interface SearchSnapshot {
  tenantId: string;
  generation: string;
  audience: SnapshotAudience;
  terms: TermWithVocabulary[];
  /** Vocabulary index (into VOCABULARIES) of each term, by term ordinal. */
  termVocabulary: Uint8Array;
  termOrdinalById: Map<string, number>;
  offers: OfferFacts[];
  offerOrdinalById: Map<string, number>;
}

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
  tenantId: string,
  generation: string,
  terms: TermWithVocabulary[],
  audience: SnapshotAudience = 'public',
): SearchSnapshot {
  const termOrdinalById = new Map(terms.map((term, ordinal) => [term.id, ordinal]));
  const termVocabulary = Uint8Array.from(terms, (term) => VOCABULARIES.indexOf(term.vocabulary));
  const offers = rows.map((row): OfferFacts => ({
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
    terms: Uint16Array.from(
      row.term_ids.flatMap((id) => {
        const ordinal = termOrdinalById.get(id);
        return ordinal === undefined ? [] : [ordinal];
      }),
    ),
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
  }));
  return {
    tenantId,
    generation,
    audience,
    terms,
    termVocabulary,
    termOrdinalById,
    offers,
    offerOrdinalById: new Map(offers.map((offer, ordinal) => [offer.id, ordinal])),
  };
}

export type VocabularySelection = Record<Vocabulary, string[]>;
