import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import type { FacetTerm } from './search-result';
import type { SearchSnapshot, VocabularySelection } from './search-snapshot';

/** One tenant's facet counts (by its term ordinals) and what was chosen, as its term ids. */
export interface FacetSource {
  snapshot: SearchSnapshot;
  termCounts: Uint32Array;
  selection: VocabularySelection;
}

/**
 * Where each tenant's terms fall among the terms of every tenant searched together: one shared
 * ordinal per (vocabulary, code), since each tenant has its own term ids and the same code is the
 * same term to a citizen.
 */
export interface TermOrdinals {
  /** Per term ordinal of the snapshot, its shared ordinal. */
  of(snapshot: SearchSnapshot): Uint32Array;
  /** Every shared ordinal handed out so far is below this. */
  readonly size: number;
}

/** One tenant searched alone: its own ordinals are the shared ones (a tenant's codes are unique per vocabulary). */
export function ownTermOrdinals(snapshot: SearchSnapshot): TermOrdinals {
  const identity = Uint32Array.from(snapshot.terms, (_term, ordinal) => ordinal);
  return { of: () => identity, size: identity.length };
}

/** One collator for every sort: `localeCompare(…, 'da')` builds one per comparison. */
export const danishOrder = new Intl.Collator('da').compare;

/**
 * Per vocabulary, the terms that results have and those chosen even without results, summed over
 * tenants by shared ordinal (the same vocabulary and code). The first source's ids and names win
 * (the host's), and its order of terms. Typed arrays by ordinal, no keys built per term: a
 * national search sums a hundred tenants' counts.
 */
export function termFacets(sources: FacetSource[], ordinals: TermOrdinals): Record<Vocabulary, FacetTerm[]> {
  const shared = sources.map(({ snapshot }) => ordinals.of(snapshot));
  const counts = new Uint32Array(ordinals.size);
  const selected = new Uint8Array(ordinals.size);
  const firstSource = new Int32Array(ordinals.size).fill(-1);
  const firstTerm = new Uint32Array(ordinals.size);
  const order: number[] = [];
  sources.forEach(({ snapshot, termCounts, selection }, source) => {
    const chosen = chosenOrdinals(snapshot, selection);
    for (let term = 0; term < snapshot.terms.length; term += 1) {
      const count = termCounts[term];
      const isSelected = chosen.length > 0 && chosen.includes(term);
      if (count === 0 && !isSelected) continue;
      const ordinal = shared[source][term];
      if (firstSource[ordinal] === -1) {
        firstSource[ordinal] = source;
        firstTerm[ordinal] = term;
        order.push(ordinal);
      }
      counts[ordinal] += count;
      if (isSelected) selected[ordinal] = 1;
    }
  });
  const result = Object.fromEntries(
    VOCABULARIES.map((vocabulary) => [vocabulary, [] as FacetTerm[]]),
  ) as Record<Vocabulary, FacetTerm[]>;
  for (const ordinal of order) {
    const term = sources[firstSource[ordinal]].snapshot.terms[firstTerm[ordinal]];
    result[term.vocabulary].push({
      id: term.id,
      code: term.code,
      name: term.name,
      count: counts[ordinal],
      selected: selected[ordinal] === 1,
    });
  }
  // Ages and districts read best in their own order; the rest by how much they offer.
  for (const vocabulary of ['challenge', 'target_group', 'activity'] as const) {
    result[vocabulary].sort((a, b) => b.count - a.count || danishOrder(a.name, b.name));
  }
  return result;
}

/** The snapshot's ordinals of the chosen term ids, each in its own vocabulary. */
function chosenOrdinals(snapshot: SearchSnapshot, selection: VocabularySelection): number[] {
  const chosen: number[] = [];
  for (const vocabulary of VOCABULARIES) {
    for (const id of selection[vocabulary]) {
      const ordinal = snapshot.termOrdinalById.get(id);
      if (ordinal !== undefined && snapshot.terms[ordinal].vocabulary === vocabulary) chosen.push(ordinal);
    }
  }
  return chosen;
}
