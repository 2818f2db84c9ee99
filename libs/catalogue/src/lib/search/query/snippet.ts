import { foldText } from './fold-text';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The extract's length in words, as `ts_headline`'s MaxWords. */
const MAX_WORDS = 30;
/** Without a match, the text's first this many words, as `ts_headline`'s MinWords. */
const MIN_WORDS = 12;
/** A word, as PostgreSQL's text search parser sees one: letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

/** Words folded before: catalogues repeat their words, and folding is the extract's main cost. */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_KEPT = 50_000;

function foldedWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= FOLDED_WORDS_KEPT) foldedWords.clear();
    folded = foldText(word);
    foldedWords.set(word, folded);
  }
  return folded;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** Editors' text made safe as HTML, with no word marked. */
export function plainSnippet(text: string): string {
  return escapeHtml(text);
}

/**
 * What `ts_headline` gave in single-fragment mode, computed in JavaScript: from the first word
 * that matches the query to MAX_WORDS words on, the matching words in `<mark>`, the editors' text
 * escaped. A word matches when its folded form starts with one of the query's lexemes (Danish
 * stems are the start of their words, and the query's words are prefixes anyway). Without a
 * match, the text's first MIN_WORDS words.
 */
export function matchSnippet(text: string, lexemes: readonly string[]): string {
  const words = [...text.matchAll(WORD)];
  const matches = (word: string) => {
    const folded = foldedWord(word);
    return lexemes.some((lexeme) => folded.startsWith(lexeme));
  };
  const first = words.findIndex((word) => matches(word[0]));
  const from = Math.max(0, first);
  const to = Math.min(words.length, from + (first === -1 ? MIN_WORDS : MAX_WORDS)) - 1;
  if (to < from) return '';
  let html = '';
  for (let index = from; index <= to; index += 1) {
    const word = words[index];
    if (index > from) {
      const previous = words[index - 1];
      html += escapeHtml(text.slice(previous.index + previous[0].length, word.index));
    }
    html += matches(word[0]) ? `<mark>${escapeHtml(word[0])}</mark>` : escapeHtml(word[0]);
  }
  return html;
}
