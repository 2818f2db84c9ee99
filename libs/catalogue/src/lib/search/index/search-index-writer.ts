import { Injectable } from '@nestjs/common';
import { TenancyService } from '@socialkompas/tenancy';
import { SearchIndex } from '../../core/search-index';
import { SearchIndexChanges } from './search-index-changes';
import { wordsOf } from './search-words';

/**
 * The search index's write side. Keeps the search columns of offers true to their data: the derived age-group and district terms,
 * the denormalised `term_ids`, the weighted `search_vector` (title A, terms and synonyms B,
 * summary, organisation and places C, description D) and the word list behind typo tolerance.
 * Called in the same transaction as every write that changes what search returns, which also
 * bumps `search_state.generation` so in-memory search snapshots are rebuilt.
 */
@Injectable()
export class SearchIndexWriter extends SearchIndex {
  constructor(
    private readonly tenancy: TenancyService,
    // The seeding and benchmark tools make a writer of their own, with nobody listening.
    private readonly changes: SearchIndexChanges = new SearchIndexChanges(),
  ) {
    super();
  }

  /** Reindexes the offers and tells every API process that search results may have changed. */
  override async refresh(offerIds: string[]): Promise<void> {
    if (offerIds.length > 0) await this.reindex(offerIds);
    await this.markChanged();
  }

  /**
   * Tells every API process that search results may have changed (a status changed, say) without
   * reindexing anything. Call it last in the transaction: the single search_state row is then
   * locked only until the commit, and editors holding offer rows never wait on it (no deadlock).
   */
  override async markChanged(): Promise<void> {
    await this.tenancy.currentManager().query(`UPDATE search_state SET generation = generation + 1`);
    this.changes.changing(this.tenancy.currentTenant().id);
  }

  private async reindex(offerIds: string[]): Promise<void> {
    const manager = this.tenancy.currentManager();
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
    await manager.query(
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
    await this.rememberWords(offerIds);
  }

  /** Refreshes every offer that carries the term (its name or synonyms changed). */
  override async refreshOffersWithTerm(termId: string): Promise<void> {
    await this.refresh(await this.ids(`SELECT offer_id AS id FROM offer_terms WHERE term_id = $1`, [termId]));
  }

  /** Refreshes every offer of the organisation (its name is part of their text). */
  override async refreshOffersOfOrganization(organizationId: string): Promise<void> {
    await this.refresh(await this.ids(`SELECT id FROM offers WHERE organization_id = $1`, [organizationId]));
  }

  /** Refreshes every offer with a place in one of the postcodes (a district's postcodes changed). */
  override async refreshOffersInPostcodes(postcodes: string[]): Promise<void> {
    await this.refresh(
      await this.ids(
        `SELECT DISTINCT ol.offer_id AS id FROM offer_locations ol JOIN locations l ON l.id = ol.location_id
         WHERE l.postal_code = ANY($1)`,
        [postcodes],
      ),
    );
  }

  private async ids(sql: string, parameters: unknown[]): Promise<string[]> {
    const rows: { id: string }[] = await this.tenancy.currentManager().query(sql, parameters);
    return rows.map((row) => row.id);
  }

  /** Titles and term names are the words people mean when they mistype. */
  private async rememberWords(offerIds: string[]): Promise<void> {
    const manager = this.tenancy.currentManager();
    const rows: { text: string }[] = await manager.query(
      `SELECT o.name AS text FROM offers o WHERE o.id = ANY($1)
       UNION
       SELECT t.name || ' ' || array_to_string(t.synonyms, ' ') FROM taxonomy_terms t
       WHERE t.id IN (SELECT unnest(term_ids) FROM offers WHERE id = ANY($1))`,
      [offerIds],
    );
    const words = [...new Set(rows.flatMap((row) => wordsOf(row.text)))];
    if (words.length === 0) return;
    await manager.query(`INSERT INTO search_words (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [
      words,
    ]);
  }
}
