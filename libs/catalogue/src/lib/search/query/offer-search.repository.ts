import { Injectable } from '@nestjs/common';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import { EntityManager } from 'typeorm';
import type { SearchHit } from './search-result';
import type { SnapshotAudience } from './search-snapshot';

/**
 * An offer matching a text, or the one row about the query itself: whether it held only stop
 * words (`empty`), and the query as PostgreSQL parsed it (its lexemes mark the snippet's words).
 */
export interface TextMatchRow {
  id: string | null;
  rank: number | null;
  empty: boolean;
  query: string | null;
}

export interface MatchedWord {
  word: string;
  known: boolean;
  corrections: string[];
}

export interface SearchLogEntry {
  searchedAt: Date;
  query: string;
  termIds: string[];
  filters: Record<string, unknown>;
  resultCount: number;
  /** Offers the text found before the filters; null for a search without text. */
  textResultCount: number | null;
}

/** The tenant's `search_state`: its generation, as text because a bigint outgrows a number. */
export interface SearchGenerationRow {
  generation: string;
}

/** One step of the generation and the offers it changed; null offer_ids when it may have changed any. */
export interface SearchChangeRow {
  generation: string;
  offer_ids: string[] | null;
}

/** What a result card shows of an offer, as PostgreSQL gives it (the price as numeric text). */
export type CardRow = Omit<
  SearchHit,
  'feeAmount' | 'snippet' | 'distanceKm' | 'terms' | 'tenant' | 'national'
> & {
  feeAmount: string | null;
};

/** What the in-memory snapshot holds of one offer, as PostgreSQL gives it. */
export interface SnapshotOfferRow {
  id: string;
  status: string;
  name: string;
  organization_id: string;
  /** Null for an offer that was never published (only in a staff snapshot). */
  published_at: Date | null;
  is_free: boolean;
  attending_types: string[];
  minimum_age: number | null;
  maximum_age: number | null;
  term_ids: string[];
  /** Latitude, longitude pairs of the offer's places, flattened. */
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
  card: CardRow;
  /** The text a snippet is cut from: summary and description. */
  snippet_text: string;
}

/**
 * What search asks PostgreSQL: the generation and the published offers behind the in-memory
 * snapshot (with what result cards show), text matches, typo corrections, the log.
 */
@Injectable()
export class OfferSearchRepository {
  constructor(private readonly tenancy: TenancyService) {}

  private get manager(): EntityManager {
    return this.tenancy.currentManager();
  }

  /** The tenant's search generation: every change that alters search results moves it on. */
  async generation(): Promise<string> {
    const row = await queryRow<SearchGenerationRow>(
      this.manager,
      `SELECT generation::text FROM search_state`,
    );
    if (!row) throw new Error('search_state has no row: the tenant schema is not migrated');
    return row.generation;
  }

  /**
   * The offers the audience's search shows (see SnapshotAudience): one query, whatever the
   * catalogue's size; or of those only the ones with the ids given (the others are not shown).
   */
  snapshotOffers(audience: SnapshotAudience, onlyIds?: string[]): Promise<SnapshotOfferRow[]> {
    const shown = [
      ...(audience === 'public'
        ? [`o.status = 'published'`, `organization.status = 'published'`, `NOT o.hidden_as_stale`]
        : []),
      ...(onlyIds ? [`o.id = ANY($1::uuid[])`] : []),
    ];
    return queryRows<SnapshotOfferRow>(
      this.manager,
      `SELECT o.id, o.status, o.name, o.organization_id, o.published_at, o.is_free, o.attending_types, o.minimum_age, o.maximum_age, o.term_ids,
       (SELECT array_agg(coordinate) FROM offer_locations ol JOIN locations l ON l.id = ol.location_id,
               LATERAL unnest(ARRAY[l.latitude, l.longitude]) AS coordinate
        WHERE ol.offer_id = o.id AND l.latitude IS NOT NULL) AS points,
       (SELECT json_agg(json_build_object('byday', s.byday, 'opens_at', s.opens_at, 'closes_at', s.closes_at,
                                          'valid_from', s.valid_from, 'valid_to', s.valid_to))
        FROM schedules s WHERE s.offer_id = o.id) AS openings,
       concat_ws(' ', nullif(o.summary, ''), o.description) AS snippet_text,
       json_build_object(
         'id', o.id, 'name', o.name, 'summary', o.summary,
         'isFree', o.is_free, 'feeAmount', o.fee_amount::text, 'feesDescription', o.fees_description,
         'attendingTypes', o.attending_types, 'languages', o.languages, 'minimumAge', o.minimum_age,
         'maximumAge', o.maximum_age, 'referralRequired', o.referral_required, 'anonymous', o.anonymous,
         'assuredDate', o.assured_date::text, 'publishedAt', o.published_at,
         'scheduleDescription', o.schedule_description,
         'schedules', (SELECT coalesce(json_agg(json_build_object(
                   'byday', s.byday, 'opensAt', to_char(s.opens_at, 'HH24:MI'), 'closesAt', to_char(s.closes_at, 'HH24:MI'),
                   'validFrom', s.valid_from, 'validTo', s.valid_to, 'description', s.description)
                   ORDER BY s.valid_from NULLS FIRST, s.opens_at, s.id), '[]')
                   FROM schedules s WHERE s.offer_id = o.id),
         'organization', json_build_object('id', organization.id, 'name', organization.name),
         'locations', (SELECT coalesce(json_agg(json_build_object(
                   'name', l.name, 'address1', l.address_1, 'postalCode', l.postal_code, 'city', l.city,
                   'latitude', l.latitude, 'longitude', l.longitude) ORDER BY l.postal_code, l.address_1), '[]')
                   FROM offer_locations ol JOIN locations l ON l.id = ol.location_id WHERE ol.offer_id = o.id)
       ) AS card
     FROM offers o JOIN organizations organization ON organization.id = o.organization_id
     ${shown.length > 0 ? `WHERE ${shown.join(' AND ')}` : ''}`,
      onlyIds ? [onlyIds] : [],
    );
  }

  /** The recorded steps after generation `from` up to `to` (see search_changes), oldest first. */
  changesBetween(from: string, to: string): Promise<SearchChangeRow[]> {
    return queryRows<SearchChangeRow>(
      this.manager,
      `SELECT generation::text, offer_ids FROM search_changes
       WHERE generation > $1::bigint AND generation <= $2::bigint ORDER BY generation`,
      [from, to],
    );
  }

  /**
   * Ids and ranks of the offers matching a tsquery text, published ones only for the public, and
   * a row about the query: `empty` when the text holds only stop words ("og"), which then
   * searches without text rather than finding nothing.
   */
  matchText(tsquery: string, audience: SnapshotAudience = 'public'): Promise<TextMatchRow[]> {
    return queryRows<TextMatchRow>(
      this.manager,
      matchTextSelect((name) => name, '$1', audience),
      [tsquery],
    );
  }

  /**
   * For each query word: whether the word list knows it (as a word or the start of one) and, if not,
   * the known words closest to it by trigram similarity.
   */
  async matchWords(words: string[], threshold: number): Promise<MatchedWord[]> {
    if (words.length === 0) return [];
    const rows = await queryRows<MatchedWord & { position: number }>(
      this.manager,
      `${matchWordsSelect((name) => name, '$1', '$2')} ORDER BY position`,
      [words, threshold],
    );
    return rows.map(({ word, known, corrections }) => ({ word, known, corrections }));
  }

  /** Stores logged searches; nothing in them identifies who searched. */
  async logSearches(entries: SearchLogEntry[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO search_log (searched_at, query, term_ids, filters, result_count, text_result_count)
       SELECT entry.searched_at, entry.query, entry.term_ids, entry.filters, entry.result_count, entry.text_result_count
       FROM jsonb_to_recordset($1::jsonb) AS entry(
         searched_at timestamptz, query text, term_ids uuid[], filters jsonb, result_count integer,
         text_result_count integer)`,
      [
        JSON.stringify(
          entries.map((entry) => ({
            searched_at: entry.searchedAt,
            query: entry.query,
            term_ids: entry.termIds,
            filters: entry.filters,
            result_count: entry.resultCount,
            text_result_count: entry.textResultCount,
          })),
        ),
      ],
    );
  }
}

/**
 * The SELECT behind `matchText`: ids and ranks of the audience's offers matching `tsquery` (a
 * text parameter), and the row about the query (see TextMatchRow). `table` names each table: as
 * it is inside a unit of work, schema-qualified where many tenants are matched in one statement.
 */
export function matchTextSelect(
  table: (name: string) => string,
  tsquery: string,
  audience: SnapshotAudience,
): string {
  const shown = audience === 'public' ? `AND o.status = 'published'` : '';
  return `WITH search AS (SELECT nullif(to_tsquery('danish_unaccent', fold_text(${tsquery})), ''::tsquery) AS query)
       SELECT o.id, ts_rank(o.search_vector, search.query) AS rank, false AS empty, NULL AS query
       FROM ${table('offers')} o, search
       WHERE search.query IS NOT NULL ${shown} AND o.search_vector @@ search.query
       UNION ALL
       SELECT NULL, NULL, search.query IS NULL, search.query::text FROM search`;
}

/**
 * The SELECT behind `matchWords`, one row per word of `words` (a text[] parameter) with its
 * `position` (from 1); `threshold` is a number parameter. `table` names each table.
 */
export function matchWordsSelect(table: (name: string) => string, words: string, threshold: string): string {
  // Each word is folded once (OFFSET 0 keeps the planner from folding it again for every listed
  // word), and "known" is a range of the list's text_pattern_ops index, read once per word.
  // Corrections only for a word the list does not know: a known word's are never used.
  return `SELECT input.word, input.position, lookup.known,
         CASE WHEN lookup.known THEN '{}'::text[] ELSE coalesce((SELECT array_agg(close.word ORDER BY close.similarity DESC, close.word) FROM (
           SELECT w.word, similarity(w.folded, input.folded) AS similarity
           FROM ${table('search_words')} w
           WHERE w.folded % input.folded AND similarity(w.folded, input.folded) >= ${threshold}::real
           ORDER BY similarity DESC, w.word LIMIT 2) close), '{}') END AS corrections
       FROM (SELECT given.word, given.position, fold_text(given.word) AS folded
             FROM unnest(${words}::text[]) WITH ORDINALITY AS given(word, position) OFFSET 0) input,
       LATERAL (SELECT EXISTS (SELECT 1 FROM ${table('search_words')} w
                               WHERE w.folded ~>=~ input.folded AND w.folded ~<~ (input.folded || chr(1114111))) AS known
                OFFSET 0) lookup`;
}
