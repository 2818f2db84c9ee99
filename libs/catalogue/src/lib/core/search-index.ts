/**
 * The write side of search as the features that change the catalogue see it. Search implements
 * it (search/index/search-index-writer.ts); offers, organisations, taxonomy and freshness call it
 * in the same transaction as every write that changes what search returns, and never import
 * search themselves, so the arrows point one way: search → offers, never back.
 */
export abstract class SearchIndex {
  /** Reindexes the offers and tells every API process that search results may have changed. */
  abstract refresh(offerIds: string[]): Promise<void>;
  /**
   * Tells every API process that search results may have changed (a status changed, say) without
   * reindexing anything: of the offers named (only these are reloaded), or of any offer. Call it
   * last in the transaction (see the writer for why).
   */
  abstract markChanged(offerIds?: string[]): Promise<void>;
  /** Refreshes every offer that carries the term (its name or synonyms changed). */
  abstract refreshOffersWithTerm(termId: string): Promise<void>;
  /** Refreshes every offer of the organisation (its name is part of their text). */
  abstract refreshOffersOfOrganization(organizationId: string): Promise<void>;
  /** Refreshes every offer with a place in one of the postcodes (a district's postcodes changed). */
  abstract refreshOffersInPostcodes(postcodes: string[]): Promise<void>;
}
