import { foldText } from '../../../search/query/fold-text';
import type { Vocabulary } from '../../../taxonomy/taxonomy.entity';

/** A vocabulary term as the checker matches it: by name, code or synonym, folded. */
export interface KnownTerm {
  id: string;
  vocabulary: Vocabulary;
  name: string;
  minimumAge: number | null;
  maximumAge: number | null;
  /** The folded name, code and synonyms. */
  keys: string[];
}

/** Edit distance between two short texts (labels are a few words: the quadratic cost is nothing). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** The terms of one tenant's vocabularies, looked up by what a file calls them. */
export class TermMatcher {
  private readonly byKey = new Map<string, KnownTerm[]>();

  constructor(private readonly terms: KnownTerm[]) {
    for (const term of terms) {
      for (const key of term.keys) this.byKey.set(key, [...(this.byKey.get(key) ?? []), term]);
    }
  }

  /** The term the label names exactly (folded) in the vocabulary, or in any when none is given. */
  find(label: string, vocabulary?: Vocabulary): KnownTerm | undefined {
    return this.byKey
      .get(foldText(label).trim())
      ?.find((term) => !vocabulary || term.vocabulary === vocabulary);
  }

  /**
   * Up to three terms closest to the label by edit distance over names and synonyms, nearest
   * first, within a distance that still reads as a typo or a variant (a third of the label).
   */
  closest(label: string, vocabulary?: Vocabulary): KnownTerm[] {
    const folded = foldText(label).trim();
    const limit = Math.max(2, Math.ceil(folded.length / 3));
    const scored = this.terms
      .filter((term) => !vocabulary || term.vocabulary === vocabulary)
      .map((term) => {
        const distance = Math.min(
          ...term.keys.map((key) => {
            // A label that contains the term (or the reverse) is close whatever its length.
            if (key.length >= 4 && (folded.includes(key) || key.includes(folded))) return 1;
            return levenshtein(folded, key);
          }),
        );
        return { term, distance };
      })
      .filter(({ distance }) => distance <= limit)
      .sort((a, b) => a.distance - b.distance || a.term.name.localeCompare(b.term.name, 'da'));
    // Only the nearest few: a term one edit away makes one three edits away noise.
    const nearest = scored[0]?.distance ?? 0;
    return scored
      .filter(({ distance }) => distance <= nearest + 1)
      .slice(0, 3)
      .map(({ term }) => term);
  }
}
