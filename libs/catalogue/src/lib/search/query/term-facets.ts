import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import type { FacetTerm } from './search-result';
import type { SearchableOffers, VocabularySelection } from './search-snapshot';

/** One collator for every sort: `localeCompare(…, 'da')` builds one per comparison. */
export const danishOrder = new Intl.Collator('da').compare;

/**
 * Per vocabulary, the terms that results have and those chosen even without results, from the
 * counts by term ordinal, in the snapshot's order of terms (for a scope, the host's terms first).
 */
export function termFacets(
  snapshot: SearchableOffers,
  termCounts: Uint32Array,
  selection: VocabularySelection,
): Record<Vocabulary, FacetTerm[]> {
  const chosen = chosenOrdinals(snapshot, selection);
  const result = Object.fromEntries(
    VOCABULARIES.map((vocabulary) => [vocabulary, [] as FacetTerm[]]),
  ) as Record<Vocabulary, FacetTerm[]>;
  snapshot.terms.forEach((term, ordinal) => {
    const selected = chosen.has(ordinal);
    if (termCounts[ordinal] === 0 && !selected) return;
    result[term.vocabulary].push({
      id: term.id,
      code: term.code,
      name: term.name,
      count: termCounts[ordinal],
      selected,
    });
  });
  // Ages and districts read best in their own order; the rest by how much they offer.
  for (const vocabulary of ['challenge', 'target_group', 'activity'] as const) {
    result[vocabulary].sort((a, b) => b.count - a.count || danishOrder(a.name, b.name));
  }
  return result;
}

/** The snapshot's ordinals of the chosen term ids, each in its own vocabulary. */
function chosenOrdinals(snapshot: SearchableOffers, selection: VocabularySelection): Set<number> {
  const chosen = new Set<number>();
  for (const vocabulary of VOCABULARIES) {
    for (const id of selection[vocabulary]) {
      const ordinal = snapshot.termOrdinalById.get(id);
      if (ordinal !== undefined && snapshot.terms[ordinal].vocabulary === vocabulary) chosen.add(ordinal);
    }
  }
  return chosen;
}
