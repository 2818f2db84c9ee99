import { Injectable } from '@nestjs/common';
import { TenancyService } from '@socialkompas/tenancy';
import { EntityManager } from 'typeorm';
import { Vocabulary } from '../taxonomy/taxonomy.entity';
import { MATCH_END, MATCH_START } from './snippet';

export interface Point {
  latitude: number;
  longitude: number;
}

export interface SearchCriteria {
  /** tsquery text, before folding; null searches without text. */
  tsquery: string | null;
  termIds: Record<Vocabulary, string[]>;
  ages: { from: number; to: number } | null;
  free: boolean | null;
  online: boolean | null;
  openNow: boolean;
  origin: Point | null;
  radiusKm: number | null;
  sort: 'relevance' | 'distance' | 'newest';
  limit: number;
  offset: number;
}

export interface SearchHitRef {
  id: string;
  rank: number;
  distance_km: number | null;
}

export interface MatchedWord {
  word: string;
  known: boolean;
  corrections: string[];
}

export interface Suggestion {
  type: 'term' | 'offer';
  id: string;
  text: string;
  vocabulary: Vocabulary | null;
  code: string | null;
}

export interface ResultRow {
  id: string;
  name: string;
  summary: string;
  headline: string | null;
  isFree: boolean;
  feeAmount: string | null;
  feesDescription: string;
  attendingTypes: string[];
  languages: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  referralRequired: boolean;
  anonymous: boolean;
  assuredDate: string | null;
  publishedAt: Date;
  termIds: string[];
  organization: { id: string; name: string };
  locations: {
    name: string;
    address1: string;
    postalCode: string;
    city: string;
    latitude: number | null;
    longitude: number | null;
  }[];
}

const EARTH_RADIUS_KM = 6371.0088;

const ORDER: Record<SearchCriteria['sort'], string> = {
  relevance: 'rank DESC, distance_km ASC NULLS LAST, published_at DESC, id',
  distance: 'distance_km ASC NULLS LAST, rank DESC, id',
  newest: 'published_at DESC, id',
};

/**
 * The search itself, in one statement: published offers matching the text and the non-vocabulary
 * filters are the candidates; the hits are the candidates matching every vocabulary filter; each
 * vocabulary's facet counts the candidates matching every *other* vocabulary filter (disjunctive
 * faceting, so selecting a term never hides its siblings).
 */
@Injectable()
export class OfferSearchRepository {
  constructor(private readonly tenancy: TenancyService) {}

  private get manager(): EntityManager {
    return this.tenancy.currentManager();
  }

  async search(
    criteria: SearchCriteria,
  ): Promise<{ total: number; page: SearchHitRef[]; facets: Record<string, number> }> {
    const { termIds, origin } = criteria;
    const parameters = [
      criteria.tsquery,
      termIds.challenge,
      termIds.target_group,
      termIds.activity,
      termIds.age_group,
      termIds.district,
      criteria.ages?.from ?? null,
      criteria.ages?.to ?? null,
      criteria.free,
      criteria.online,
      criteria.openNow,
      origin?.latitude ?? null,
      origin?.longitude ?? null,
      criteria.radiusKm,
      criteria.limit,
      criteria.offset,
    ];
    const [row] = await this.manager.query(
      `WITH search AS (
         -- A query of stop words only ("og") is empty: it searches without text rather than finding nothing.
         SELECT nullif(to_tsquery('danish_unaccent', fold_text($1::text)), ''::tsquery) AS query,
                (now() AT TIME ZONE 'Europe/Copenhagen') AS local_now
       ),
       candidates AS MATERIALIZED (
         SELECT o.id, o.term_ids, o.published_at,
           CASE WHEN search.query IS NULL THEN 0 ELSE ts_rank(o.search_vector, search.query) END AS rank,
           distance.km AS distance_km,
           (cardinality($2::uuid[]) = 0 OR o.term_ids && $2::uuid[]) AS in_challenge,
           (cardinality($3::uuid[]) = 0 OR o.term_ids && $3::uuid[]) AS in_target_group,
           (cardinality($4::uuid[]) = 0 OR o.term_ids && $4::uuid[]) AS in_activity,
           (cardinality($5::uuid[]) = 0 OR o.term_ids && $5::uuid[]) AS in_age_group,
           (cardinality($6::uuid[]) = 0 OR o.term_ids && $6::uuid[]) AS in_district
         FROM offers o
         CROSS JOIN search
         LEFT JOIN LATERAL (
           SELECT min(2 * ${EARTH_RADIUS_KM} * asin(sqrt(
                    power(sin(radians(l.latitude - $12::float8) / 2), 2) +
                    cos(radians($12::float8)) * cos(radians(l.latitude)) *
                    power(sin(radians(l.longitude - $13::float8) / 2), 2)))) AS km
           FROM offer_locations ol JOIN locations l ON l.id = ol.location_id
           WHERE ol.offer_id = o.id AND l.latitude IS NOT NULL
         ) distance ON $12::float8 IS NOT NULL
         WHERE o.status = 'published'
           AND (search.query IS NULL OR o.search_vector @@ search.query)
           AND ($7::int IS NULL OR int4range(coalesce(o.minimum_age, 0), coalesce(o.maximum_age, 130), '[]')
                                   && int4range($7::int, $8::int, '[]'))
           AND ($9::boolean IS NULL OR o.is_free = $9::boolean)
           AND ($10::boolean IS NULL OR ('online' = ANY (o.attending_types)) = $10::boolean)
           AND (NOT $11::boolean OR EXISTS (
                 SELECT 1 FROM schedules s
                 WHERE s.offer_id = o.id
                   AND (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[extract(isodow FROM search.local_now)] = ANY (s.byday)
                   AND search.local_now::time >= s.opens_at
                   AND (search.local_now::time < s.closes_at OR s.closes_at = '24:00')
                   AND (s.valid_from IS NULL OR s.valid_from <= search.local_now::date)
                   AND (s.valid_to IS NULL OR s.valid_to >= search.local_now::date)))
           AND ($14::float8 IS NULL OR distance.km <= $14::float8)
       ),
       hits AS (
         SELECT * FROM candidates
         WHERE in_challenge AND in_target_group AND in_activity AND in_age_group AND in_district
       ),
       vocabulary AS (
         SELECT t.id, x.code FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id
       )
       SELECT
         (SELECT count(*) FROM hits)::int AS total,
         (SELECT coalesce(json_agg(page), '[]') FROM (
            SELECT id, rank, distance_km FROM hits ORDER BY ${ORDER[criteria.sort]} LIMIT $15 OFFSET $16
          ) page) AS page,
         (SELECT coalesce(json_object_agg(facet.term_id, facet.count), '{}') FROM (
            SELECT term.term_id, count(*) AS count
            FROM candidates c
            CROSS JOIN LATERAL unnest(c.term_ids) AS term(term_id)
            JOIN vocabulary v ON v.id = term.term_id
            WHERE (v.code = 'challenge' OR c.in_challenge)
              AND (v.code = 'target_group' OR c.in_target_group)
              AND (v.code = 'activity' OR c.in_activity)
              AND (v.code = 'age_group' OR c.in_age_group)
              AND (v.code = 'district' OR c.in_district)
            GROUP BY term.term_id
          ) facet) AS facets`,
      parameters,
    );
    return row;
  }

  /** The result page's offers, with a highlighted extract where text was searched for. */
  results(ids: string[], tsquery: string | null): Promise<ResultRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.query(
      `SELECT o.id, o.name, o.summary,
         CASE WHEN $2::text IS NULL THEN NULL ELSE ts_headline('danish_unaccent',
           concat_ws(' ', nullif(o.summary, ''), o.description),
           to_tsquery('danish_unaccent', fold_text($2)),
           'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
         END AS headline,
         o.is_free AS "isFree", o.fee_amount AS "feeAmount", o.fees_description AS "feesDescription",
         o.attending_types AS "attendingTypes", o.languages, o.minimum_age AS "minimumAge", o.maximum_age AS "maximumAge",
         o.referral_required AS "referralRequired", o.anonymous, o.assured_date::text AS "assuredDate",
         o.published_at AS "publishedAt", o.term_ids AS "termIds",
         json_build_object('id', organization.id, 'name', organization.name) AS organization,
         (SELECT coalesce(json_agg(json_build_object(
                   'name', l.name, 'address1', l.address_1, 'postalCode', l.postal_code, 'city', l.city,
                   'latitude', l.latitude, 'longitude', l.longitude) ORDER BY l.postal_code, l.address_1), '[]')
          FROM offer_locations ol JOIN locations l ON l.id = ol.location_id WHERE ol.offer_id = o.id) AS locations
       FROM offers o JOIN organizations organization ON organization.id = o.organization_id
       WHERE o.id = ANY ($1)`,
      [ids, tsquery],
    );
  }

  /**
   * For each query word: whether the word list knows it (as a word or the start of one) and, if not,
   * the known words closest to it by trigram similarity. Words hold only letters and digits, so
   * they need no LIKE escaping.
   */
  matchWords(words: string[], threshold: number): Promise<MatchedWord[]> {
    if (words.length === 0) return Promise.resolve([]);
    return this.manager.query(
      `SELECT input.word,
         EXISTS (SELECT 1 FROM search_words w WHERE w.folded LIKE fold_text(input.word) || '%') AS known,
         coalesce((SELECT array_agg(close.word ORDER BY close.similarity DESC, close.word) FROM (
           SELECT w.word, similarity(w.folded, fold_text(input.word)) AS similarity
           FROM search_words w
           WHERE w.folded % fold_text(input.word) AND similarity(w.folded, fold_text(input.word)) >= $2
           ORDER BY similarity DESC, w.word LIMIT 2) close), '{}') AS corrections
       FROM unnest($1::text[]) WITH ORDINALITY AS input(word, position)
       ORDER BY input.position`,
      [words, threshold],
    );
  }

  /**
   * Autocomplete: challenge, target group and activity terms whose name or a synonym starts with the
   * typed text, then titles of published offers containing it (three letters and up, where the
   * trigram index can help).
   */
  suggest(text: string, limit: number): Promise<Suggestion[]> {
    return this.manager.query(
      `(SELECT 'term' AS type, t.id, t.name AS text, x.code AS vocabulary, t.code
        FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id
        WHERE x.code IN ('challenge', 'target_group', 'activity')
          AND (fold_text(t.name) LIKE fold_text($1) || '%'
               OR EXISTS (SELECT 1 FROM unnest(t.synonyms) synonym WHERE fold_text(synonym) LIKE fold_text($1) || '%'))
        ORDER BY fold_text(t.name) LIKE fold_text($1) || '%' DESC, t.name
        LIMIT $2)
       UNION ALL
       (SELECT 'offer', o.id, o.name, NULL, NULL
        FROM offers o
        WHERE length($1) >= 3 AND o.status = 'published' AND fold_text(o.name) LIKE '%' || fold_text($1) || '%'
        ORDER BY similarity(fold_text(o.name), fold_text($1)) DESC, o.name
        LIMIT $2)`,
      [text, limit],
    );
  }

  /** Records a search without anything that identifies who searched. Losing one on a crash is fine. */
  async log(entry: {
    query: string;
    termIds: string[];
    filters: Record<string, unknown>;
    resultCount: number;
  }) {
    await this.manager.query(`SET LOCAL synchronous_commit = off`);
    await this.manager.query(
      `INSERT INTO search_log (query, term_ids, filters, result_count) VALUES ($1, $2, $3, $4)`,
      [entry.query, entry.termIds, JSON.stringify(entry.filters), entry.resultCount],
    );
  }
}
