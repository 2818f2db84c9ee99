import { ApiProperty } from '@nestjs/swagger';
import { ListOf } from '@socialkompas/http';
import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import { foldText } from '../query/fold-text';
import { SearchSnapshot } from '../query/search-snapshot';

/** A term to filter by, or the title of an offer to open. */
export class Suggestion {
  @ApiProperty({ enum: ['term', 'offer'] })
  type!: 'term' | 'offer';

  @ApiProperty({ format: 'uuid', description: "The term's or the offer's id" })
  id!: string;

  @ApiProperty({ example: 'Ensomhed' })
  text!: string;

  @ApiProperty({ enum: VOCABULARIES, nullable: true, description: "A term's vocabulary" })
  vocabulary!: Vocabulary | null;

  @ApiProperty({ type: String, nullable: true, description: "A term's code", example: 'ensomhed' })
  code!: string | null;
}

export class Suggestions extends ListOf(Suggestion) {}

/** Vocabularies a citizen types words from; ages and districts are picked, not typed. */
const TYPED_VOCABULARIES = new Set<Vocabulary>(['challenge', 'target_group', 'activity']);
const MIN_TITLE_QUERY = 2;

/** Where in `folded` a word starts with `prefix`, or -1. */
function wordStart(folded: string, prefix: string): number {
  let at = folded.indexOf(prefix);
  while (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1])) at = folded.indexOf(prefix, at + 1);
  return at;
}

/**
 * Autocomplete from the snapshot, without a database round trip: terms whose name, or one of
 * whose synonyms, has a word starting with the typed text (the name's own matches first), then
 * titles of published offers with such a word, earliest match and shortest title first.
 */
export function autocomplete(snapshot: SearchSnapshot, typed: string, perKind: number): Suggestion[] {
  const prefix = foldText(typed.trim());
  if (!prefix) return [];
  const terms = snapshot.terms
    .filter((term) => TYPED_VOCABULARIES.has(term.vocabulary))
    .map((term) => ({
      term,
      byName: wordStart(foldText(term.name), prefix) >= 0,
      bySynonym: term.synonyms.some((synonym) => wordStart(foldText(synonym), prefix) >= 0),
    }))
    .filter(({ byName, bySynonym }) => byName || bySynonym)
    .sort((a, b) => Number(b.byName) - Number(a.byName) || a.term.name.localeCompare(b.term.name, 'da'))
    .slice(0, perKind)
    .map(({ term }): Suggestion => ({
      type: 'term',
      id: term.id,
      text: term.name,
      vocabulary: term.vocabulary,
      code: term.code,
    }));
  if (prefix.length < MIN_TITLE_QUERY) return terms;
  const titles = bestTitles(snapshot.offers, prefix, perKind).map((offer): Suggestion => ({
    type: 'offer',
    id: offer.id,
    text: offer.name,
    vocabulary: null,
    code: null,
  }));
  return [...terms, ...titles];
}

/** The titles with a word starting with `prefix` (folded), earliest match and shortest title first. */
function bestTitles<Title extends { name: string; foldedName: string }>(
  titles: Title[],
  prefix: string,
  perKind: number,
): Title[] {
  return titles
    .map((title) => ({ title, at: wordStart(title.foldedName, prefix) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at || a.title.name.length - b.title.name.length)
    .slice(0, perKind)
    .map(({ title }) => title);
}

/**
 * Several tenants' suggestions for the same typed text as one list: terms once per vocabulary and
 * code (the first tenant's, i.e. the host's, win), then the best titles of all, as each tenant
 * ranks its own.
 */
export function mergeSuggestions(lists: Suggestion[][], typed: string, perKind: number): Suggestion[] {
  const terms = new Map<string, Suggestion>();
  for (const suggestion of lists.flat()) {
    const key = `${suggestion.vocabulary}:${suggestion.code}`;
    if (suggestion.type === 'term' && !terms.has(key)) terms.set(key, suggestion);
  }
  const titles = lists
    .flat()
    .filter((suggestion) => suggestion.type === 'offer')
    .map((suggestion) => ({ suggestion, name: suggestion.text, foldedName: foldText(suggestion.text) }));
  const best = bestTitles(titles, foldText(typed.trim()), perKind).map(({ suggestion }) => suggestion);
  return [...[...terms.values()].slice(0, perKind), ...best];
}
