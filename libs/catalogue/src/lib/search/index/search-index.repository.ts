import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService } from '@socialkompas/tenancy';
import { EntityManager } from 'typeorm';

/** Steps of the generation whose changed offers are kept; a process further behind reloads everything. */
const KEPT_CHANGES = 1000;

/** An offer that a change of a term, an organisation or a district touches. */
export interface AffectedOfferRow {
  id: string;
}

/** A title, or a term's name with its synonyms: text whose words typo tolerance should know. */
export interface IndexedTextRow {
  text: string;
}

/**
 * The search index's SQL in the current unit of work: the derived age-group and district terms,
 * the denormalised `term_ids` and weighted `search_vector` of offers, the word list behind typo
 * tolerance, and `search_state.generation`.
 */
@Injectable()
export class SearchIndexRepository {
  constructor(private readonly tenancy: TenancyService) {}

  private get manager(): EntityManager {
    return this.tenancy.currentManager();
  }

  /**
   * Moves `search_state.generation` on and records which offers the step changed (null: anything
   * may have); its single row stays locked until the commit. Keeps the latest steps only.
   */
  async bumpGeneration(offerIds: string[] | null): Promise<void> {
    await this.manager.query(
      `WITH bumped AS (UPDATE search_state SET generation = generation + 1 RETURNING generation),
       recorded AS (INSERT INTO search_changes (generation, offer_ids) SELECT generation, $1::uuid[] FROM bumped)
       DELETE FROM search_changes WHERE generation <= (SELECT generation FROM bumped) - $2`,
      [offerIds, KEPT_CHANGES],
    );
  }

  /** Derives the offers' age-group terms from their age ranges and district terms from their postcodes. */
  async deriveTerms(offerIds: string[]): Promise<void> {
    const manager = this.manager;
    await manager.query(
      `DELETE FROM offer_terms ot USING taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id
       WHERE ot.term_id = t.id AND x.code IN ('age_group', 'district') AND ot.offer_id = ANY($1)`,
      [offerIds],
    );
    await manager.query(
      `INSERT INTO offer_terms (offer_id, term_id)
       SELECT o.id, t.id
       FROM offers o
       JOIN taxonomy_terms t ON int4range(coalesce(t.minimum_age, 0), coalesce(t.maximum_age, 130), '[]')
                             && int4range(coalesce(o.minimum_age, 0), coalesce(o.maximum_age, 130), '[]')
       JOIN taxonomies x ON x.id = t.taxonomy_id AND x.code = 'age_group'
       WHERE o.id = ANY($1)
       UNION
       SELECT ol.offer_id, t.id
       FROM offer_locations ol
       JOIN locations l ON l.id = ol.location_id
       JOIN taxonomy_terms t ON l.postal_code = ANY (t.postcodes)
       JOIN taxonomies x ON x.id = t.taxonomy_id AND x.code = 'district'
       WHERE ol.offer_id = ANY($1)
       ON CONFLICT DO NOTHING`,
      [offerIds],
    );
  }

  /** Rewrites the offers' `term_ids` and weighted `search_vector` from their current data. */
  async writeDocuments(offerIds: string[]): Promise<void> {
    await this.manager.query(
      `WITH document AS (
         SELECT o.id,
           coalesce((SELECT array_agg(ot.term_id ORDER BY ot.term_id) FROM offer_terms ot WHERE ot.offer_id = o.id), '{}') AS term_ids,
           coalesce((SELECT string_agg(t.name || ' ' || array_to_string(t.synonyms, ' '), ' ')
                     FROM offer_terms ot JOIN taxonomy_terms t ON t.id = ot.term_id WHERE ot.offer_id = o.id), '') AS term_text,
           coalesce((SELECT string_agg(concat_ws(' ', l.name, l.city, l.postal_code), ' ')
                     FROM offer_locations ol JOIN locations l ON l.id = ol.location_id WHERE ol.offer_id = o.id), '') AS place_text,
           organization.name AS organization_name
         FROM offers o JOIN organizations organization ON organization.id = o.organization_id
         WHERE o.id = ANY($1)
       )
       UPDATE offers o SET
         term_ids = document.term_ids,
         search_vector =
           setweight(to_tsvector('danish_unaccent', fold_text(concat_ws(' ', o.name, o.alternate_name))), 'A') ||
           setweight(to_tsvector('danish_unaccent', fold_text(document.term_text)), 'B') ||
           setweight(to_tsvector('danish_unaccent', fold_text(concat_ws(' ', o.summary, document.organization_name, document.place_text))), 'C') ||
           setweight(to_tsvector('danish_unaccent', fold_text(concat_ws(' ', o.description, o.eligibility_description))), 'D')
       FROM document WHERE document.id = o.id`,
      [offerIds],
    );
  }

  /** The offers' titles and their terms' names with synonyms, once each. */
  indexedTexts(offerIds: string[]): Promise<IndexedTextRow[]> {
    return queryRows<IndexedTextRow>(
      this.manager,
      `SELECT o.name AS text FROM offers o WHERE o.id = ANY($1)
       UNION
       SELECT t.name || ' ' || array_to_string(t.synonyms, ' ') FROM taxonomy_terms t
       WHERE t.id IN (SELECT unnest(term_ids) FROM offers WHERE id = ANY($1))`,
      [offerIds],
    );
  }

  /** Adds the words to the word list; known ones are left as they are. */
  async rememberWords(words: string[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO search_words (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`,
      [words],
    );
  }

  /** The offers that carry the term. */
  offersWithTerm(termId: string): Promise<AffectedOfferRow[]> {
    return queryRows<AffectedOfferRow>(
      this.manager,
      `SELECT offer_id AS id FROM offer_terms WHERE term_id = $1`,
      [termId],
    );
  }

  /** The offers of the organisation. */
  offersOfOrganization(organizationId: string): Promise<AffectedOfferRow[]> {
    return queryRows<AffectedOfferRow>(this.manager, `SELECT id FROM offers WHERE organization_id = $1`, [
      organizationId,
    ]);
  }

  /** The offers with a place in one of the postcodes. */
  offersInPostcodes(postcodes: string[]): Promise<AffectedOfferRow[]> {
    return queryRows<AffectedOfferRow>(
      this.manager,
      `SELECT DISTINCT ol.offer_id AS id FROM offer_locations ol JOIN locations l ON l.id = ol.location_id
       WHERE l.postal_code = ANY($1)`,
      [postcodes],
    );
  }
}
