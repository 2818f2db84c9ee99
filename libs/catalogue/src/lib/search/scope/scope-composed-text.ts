import type { TextSearch } from '../query/search-criteria';
import type { TextMatches } from '../query/snapshot-search';
import type { ScopeSnapshot } from './scope-snapshot';

/** A text's part of a scope search, over the composed snapshot. */
export interface ComposedText {
  /** The matches as composed ordinals; null without text, or when the text held only stop words. */
  matches: TextMatches | null;
  /** By member index: the lexemes of that member's own tsquery, which its extracts mark. */
  lexemes: (readonly string[] | null)[];
  /** How many offers the host's own text matched (its statistics); null without text. */
  hostMatches: number | null;
}

/**
 * Each member's text search (by its own tsquery: its word list corrects typos its own way), as
 * one list of composed ordinals. A member searched without text (its text was all stop words)
 * adds all its offers, as it would searched alone.
 */
export function composeText(composed: ScopeSnapshot, texts: TextSearch[]): ComposedText {
  const lexemes = texts.map((text) => text.matches?.lexemes ?? null);
  const hostMatches = texts[0]?.matches ? texts[0].matches.ordinals.length : null;
  if (texts.every((text) => text.matches === null)) return { matches: null, lexemes, hostMatches };
  // By composed ordinal, so the search reads its candidates in the columns' order.
  const rankOf = new Float32Array(composed.offers.length).fill(NaN);
  texts.forEach(({ matches }, member) => {
    const composedOrdinals = composed.members[member].ordinals;
    const count = matches ? matches.ordinals.length : composedOrdinals.length;
    for (let index = 0; index < count; index += 1) {
      const ordinal = composedOrdinals[matches ? matches.ordinals[index] : index];
      if (ordinal >= 0) rankOf[ordinal] = matches ? matches.ranks[index] : 0;
    }
  });
  const ordinals: number[] = [];
  const ranks: number[] = [];
  rankOf.forEach((rank, ordinal) => {
    if (Number.isNaN(rank)) return;
    ordinals.push(ordinal);
    ranks.push(rank);
  });
  return {
    matches: { ordinals: Uint32Array.from(ordinals), ranks: Float32Array.from(ranks) },
    lexemes,
    hostMatches,
  };
}
