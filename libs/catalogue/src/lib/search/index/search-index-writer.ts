import { Injectable } from '@nestjs/common';
import { TenancyService } from '@socialkompas/tenancy';
import { SearchIndex } from '../../core/search-index';
import { AffectedOfferRow, SearchIndexRepository } from './search-index.repository';
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
    private readonly index: SearchIndexRepository = new SearchIndexRepository(tenancy),
  ) {
    super();
  }

  /** Reindexes the offers and tells every API process that these offers' search results changed. */
  override async refresh(offerIds: string[]): Promise<void> {
    if (offerIds.length > 0) await this.reindex(offerIds);
    await this.markChanged(offerIds);
  }

  /**
   * Tells every API process that search results may have changed (a status changed, say) without
   * reindexing anything: of the offers named, or of any offer when none are named, which makes
   * every process reload the tenant's whole snapshot. Call it last in the transaction: the single
   * search_state row is then locked only until the commit, and editors holding offer rows never
   * wait on it (no deadlock).
   */
  override async markChanged(offerIds?: string[]): Promise<void> {
    await this.index.bumpGeneration(offerIds ?? null);
    this.changes.changing(this.tenancy.currentTenant().id);
  }

  private async reindex(offerIds: string[]): Promise<void> {
    await this.index.deriveTerms(offerIds);
    await this.index.writeDocuments(offerIds);
    await this.rememberWords(offerIds);
  }

  /**
   * Refreshes every offer that carries the term (its name or synonyms changed). The term itself
   * is part of every snapshot, so this step asks for a whole reload.
   */
  override async refreshOffersWithTerm(termId: string): Promise<void> {
    await this.refreshWithTerms(idsOf(await this.index.offersWithTerm(termId)));
  }

  /** Refreshes every offer of the organisation (its name is part of their text). */
  override async refreshOffersOfOrganization(organizationId: string): Promise<void> {
    await this.refresh(idsOf(await this.index.offersOfOrganization(organizationId)));
  }

  /** Refreshes every offer with a place in one of the postcodes (a district's postcodes changed). */
  override async refreshOffersInPostcodes(postcodes: string[]): Promise<void> {
    await this.refreshWithTerms(idsOf(await this.index.offersInPostcodes(postcodes)));
  }

  /** Reindexes offers after a change of the vocabularies, which every snapshot holds. */
  private async refreshWithTerms(offerIds: string[]): Promise<void> {
    if (offerIds.length > 0) await this.reindex(offerIds);
    await this.markChanged();
  }

  /** Titles and term names are the words people mean when they mistype. */
  private async rememberWords(offerIds: string[]): Promise<void> {
    const rows = await this.index.indexedTexts(offerIds);
    const words = [...new Set(rows.flatMap((row) => wordsOf(row.text)))];
    if (words.length === 0) return;
    await this.index.rememberWords(words);
  }
}

function idsOf(rows: AffectedOfferRow[]): string[] {
  return rows.map((row) => row.id);
}
