import { splitWords } from '../index/search-words';

/** At most this many words of a query count; the rest of a pasted paragraph is ignored. */
const MAX_WORDS = 8;

/**
 * The words of a typed query: letters and digits only (see splitWords), so nothing a citizen
 * types can become a tsquery operator.
 */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(splitWords(q, 2))].slice(0, MAX_WORDS);
}

/**
 * A tsquery text (before folding): every word must match, as a prefix ("ensom" finds "ensomhed"),
 * or as one of its spelling corrections ("ensomed" also looks for "ensomhed").
 */
export function tsqueryText(words: { word: string; corrections: string[] }[]): string | null {
  if (words.length === 0) return null;
  return words.map(({ word, corrections }) => `(${[`${word}:*`, ...corrections].join(' | ')})`).join(' & ');
}

/**
 * Removes what could identify a person (e-mail addresses, CPR and phone numbers) before logging,
 * and what the log's jsonb cannot hold (control characters, a surrogate cut in half).
 */
export function anonymiseQuery(q: string): string {
  const cleaned = q
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\S+@\S+/g, '[e-mail]')
    .replace(/\d[\d -]{5,}\d/g, '[tal]')
    .trim();
  return Array.from(cleaned).slice(0, 200).join('');
}
