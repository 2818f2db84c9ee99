import { Type } from '@nestjs/common';
import { ApiProperty, OmitType, PickType } from '@nestjs/swagger';
import { ListOf } from '@socialkompas/http';
import { TaxonomyTerm } from './taxonomy-term.entity';
import { Taxonomy, Vocabulary } from './taxonomy.entity';

/** A term where something refers to it, e.g. among an offer's terms. */
export class TermRef extends PickType(TaxonomyTerm, ['id', 'code', 'name'] as const) {}

/** A term as editors and the search filters see it. */
export class TermView extends PickType(TaxonomyTerm, [
  'id',
  'code',
  'name',
  'description',
  'synonyms',
  'minimumAge',
  'maximumAge',
  'postcodes',
  'version',
] as const) {}

export function termView(term: TaxonomyTerm): TermView {
  return {
    id: term.id,
    code: term.code,
    name: term.name,
    description: term.description,
    synonyms: term.synonyms,
    minimumAge: term.minimumAge,
    maximumAge: term.maximumAge,
    postcodes: term.postcodes,
    version: term.version,
  };
}

export class VocabularyView extends OmitType(Taxonomy, ['terms'] as const) {
  @ApiProperty({ type: [TermView] })
  terms!: TermView[];
}

export class VocabularyList extends ListOf(VocabularyView) {}

/**
 * A class with one list per vocabulary, e.g. an offer's terms or the search's facets. With
 * `always`, every vocabulary is there, with an empty list if need be; otherwise only those with items.
 */
export function ListsByVocabulary<Item, Listed extends Vocabulary, Always extends boolean>(
  item: Type<Item>,
  vocabularies: readonly Listed[],
  always: Always,
) {
  abstract class Lists {}
  for (const vocabulary of vocabularies) {
    ApiProperty({ type: [item], required: always })(Lists.prototype, vocabulary);
  }
  return Lists as abstract new () => Always extends true
    ? Record<Listed, Item[]>
    : Partial<Record<Listed, Item[]>>;
}
