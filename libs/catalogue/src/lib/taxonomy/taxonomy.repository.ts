import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService, TenantScopedRepository } from '@socialkompas/tenancy';
import { Taxonomy, Vocabulary } from './taxonomy.entity';
import { TaxonomyTerm } from './taxonomy-term.entity';

export interface TermWithVocabulary {
  id: string;
  code: string;
  name: string;
  vocabulary: Vocabulary;
  synonyms: string[];
  minimumAge: number | null;
  maximumAge: number | null;
}

@Injectable()
export class TaxonomyRepository extends TenantScopedRepository<Taxonomy> {
  constructor(tenancy: TenancyService) {
    super(tenancy, Taxonomy);
  }

  /** Every vocabulary with its terms in display order. */
  all(): Promise<Taxonomy[]> {
    return this.repository.find({
      relations: { terms: true },
      order: { code: 'ASC', terms: { position: 'ASC', name: 'ASC' } },
    });
  }

  findVocabulary(code: Vocabulary): Promise<Taxonomy | null> {
    return this.repository.findOneBy({ code });
  }

  /** Every term, flat, with its vocabulary: what search resolves parameters and facets against. */
  allTerms(): Promise<TermWithVocabulary[]> {
    return queryRows<TermWithVocabulary>(
      this.tenancy.currentManager(),
      `SELECT t.id, t.code, t.name, x.code AS vocabulary, t.synonyms,
              t.minimum_age AS "minimumAge", t.maximum_age AS "maximumAge"
       FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id
       ORDER BY x.code, t.position, t.name`,
    );
  }

  async termsByIds(ids: string[]): Promise<TermWithVocabulary[]> {
    return (await this.allTerms()).filter((term) => ids.includes(term.id));
  }

  get terms() {
    return this.tenancy.currentManager().getRepository(TaxonomyTerm);
  }
}
