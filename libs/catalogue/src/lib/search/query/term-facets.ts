import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import type { FacetTerm } from './search-result';
import type { SearchSnapshot, VocabularySelection } from './search-snapshot';

/** One tenant's facet counts (by its own term ids) and what was chosen, as its term ids. */
export interface FacetSource {
  snapshot: SearchSnapshot;
  facets: Map<string, number>;
  selection: VocabularySelection;
}

/** One collator for every sort: `localeCompare(…, 'da')` builds one per comparison. */
export const danishOrder = new Intl.Collator('da').compare;

/**
 * Per vocabulary, the terms that results have and those chosen even without results, summed over
 * tenants by term code: each tenant has its own term ids, and the same code is the same term to a
 * citizen. The first source's ids and names win (the host's), and its order of terms.
 */
export function termFacets(sources: FacetSource[]): Record<Vocabulary, FacetTerm[]> {
  const entries = new Map<string, FacetTerm & { vocabulary: Vocabulary }>();
  for (const { snapshot, facets, selection } of sources) {
    for (const term of snapshot.terms) {
      const count = facets.get(term.id) ?? 0;
      const isSelected = selection[term.vocabulary].includes(term.id);
      if (count === 0 && !isSelected) continue;
      const key = `${term.vocabulary}:${term.code}`;
      const entry = entries.get(key);
      if (entry) {
        entry.count += count;
        entry.selected ||= isSelected;
      } else {
        entries.set(key, {
          vocabulary: term.vocabulary,
          id: term.id,
          code: term.code,
          name: term.name,
          count,
          selected: isSelected,
        });
      }
    }
  }
  const result = Object.fromEntries(
    VOCABULARIES.map((vocabulary) => [vocabulary, [] as FacetTerm[]]),
  ) as Record<Vocabulary, FacetTerm[]>;
  for (const { vocabulary, ...facet } of entries.values()) result[vocabulary].push(facet);
  // Ages and districts read best in their own order; the rest by how much they offer.
  for (const vocabulary of ['challenge', 'target_group', 'activity'] as const) {
    result[vocabulary].sort((a, b) => b.count - a.count || danishOrder(a.name, b.name));
  }
  return result;
}
