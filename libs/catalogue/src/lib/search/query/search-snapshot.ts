import { EntityManager } from 'typeorm';
import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import { TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { WEEKDAYS } from '../../offers/schedule.entity';
import { foldText } from './fold-text';

/** One weekly opening, in minutes since midnight and days since the epoch. */
export interface OpeningTime {
  weekdays: number;
  opensAt: number;
  closesAt: number;
  validFrom: number | null;
  validTo: number | null;
}

/** What search needs of one published offer, held in memory. */
export interface OfferFacts {
  id: string;
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

interface OfferRow {
  id: string;
  name: string;
  organization_id: string;
  published_at: Date;
  is_free: boolean;
  attending_types: string[];
  minimum_age: number | null;
  maximum_age: number | null;
  term_ids: string[];
  points: number[] | null;
  openings:
    | {
        byday: string[];
        opens_at: string;
        closes_at: string;
        valid_from: string | null;
        valid_to: string | null;
      }[]
    | null;
}

export async function readGeneration(manager: EntityManager): Promise<string> {
  const [{ generation }] = await manager.query(`SELECT generation::text FROM search_state`);
  return generation;
}

/** Loads the published offers in the caller's unit of work: one query, whatever the catalogue's size. */
export async function loadSnapshot(
  manager: EntityManager,
  tenantId: string,
  generation: string,
  terms: TermWithVocabulary[],
): Promise<SearchSnapshot> {
  const rows: OfferRow[] = await manager.query(
    `SELECT o.id, o.name, o.organization_id, o.published_at, o.is_free, o.attending_types, o.minimum_age, o.maximum_age, o.term_ids,
       (SELECT array_agg(coordinate) FROM offer_locations ol JOIN locations l ON l.id = ol.location_id,
               LATERAL unnest(ARRAY[l.latitude, l.longitude]) AS coordinate
        WHERE ol.offer_id = o.id AND l.latitude IS NOT NULL) AS points,
       (SELECT json_agg(json_build_object('byday', s.byday, 'opens_at', s.opens_at, 'closes_at', s.closes_at,
                                          'valid_from', s.valid_from, 'valid_to', s.valid_to))
        FROM schedules s WHERE s.offer_id = o.id) AS openings
     FROM offers o JOIN organizations organization ON organization.id = o.organization_id
     WHERE o.status = 'published' AND organization.status = 'published' AND NOT o.hidden_as_stale`,
  );
  const termOrdinalById = new Map(terms.map((term, ordinal) => [term.id, ordinal]));
  const termVocabulary = Uint8Array.from(terms, (term) => VOCABULARIES.indexOf(term.vocabulary));
  const offers = rows.map((row): OfferFacts => ({
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    foldedName: foldText(row.name),
    publishedAt: new Date(row.published_at).getTime(),
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
    terms,
    termVocabulary,
    termOrdinalById,
    offers,
    offerOrdinalById: new Map(offers.map((offer, ordinal) => [offer.id, ordinal])),
  };
}

export type VocabularySelection = Record<Vocabulary, string[]>;
