/** At most this many words of a query count; the rest of a pasted paragraph is ignored. */
const MAX_WORDS = 8;

/**
 * The words of a typed query: letters and digits only, so nothing a citizen types can become a
 * tsquery operator.
 */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && word.length <= 40);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * A tsquery text (before folding): every word must match, as a prefix ("ensom" finds "ensomhed"),
 * or as one of its spelling corrections ("ensomed" also looks for "ensomhed").
 */
export function tsqueryText(words: { word: string; corrections: string[] }[]): string | null {
  if (words.length === 0) return null;
  return words.map(({ word, corrections }) => `(${[`${word}:*`, ...corrections].join(' | ')})`).join(' & ');
}

/** Removes what could identify a person (e-mail addresses, CPR and phone numbers) before logging. */
export function anonymiseQuery(q: string): string {
  return q
    .replace(/\S+@\S+/g, '[e-mail]')
    .replace(/\d[\d -]{5,}\d/g, '[tal]')
    .slice(0, 200)
    .trim();
}
