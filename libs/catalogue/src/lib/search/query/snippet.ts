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

const NEEDS_ESCAPE = /[&<>"']/;

function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]) : text;
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
  const matches = (word: string) => {
    const folded = foldedWord(word);
    return lexemes.some((lexeme) => folded.startsWith(lexeme));
  };
  // Words are read only up to the extract's end: descriptions run long, extracts are short.
  const pattern = new RegExp(WORD);
  const fromMatch: RegExpExecArray[] = [];
  for (let word = pattern.exec(text); word && fromMatch.length < MAX_WORDS; word = pattern.exec(text)) {
    if (fromMatch.length > 0 || matches(word[0])) fromMatch.push(word);
  }
  const extract = fromMatch.length > 0 ? fromMatch : firstWords(text, MIN_WORDS);
  let html = '';
  extract.forEach((word, index) => {
    if (index > 0) {
      const previous = extract[index - 1];
      html += escapeHtml(text.slice(previous.index + previous[0].length, word.index));
    }
    html += matches(word[0]) ? `<mark>${escapeHtml(word[0])}</mark>` : escapeHtml(word[0]);
  });
  return html;
}

/** The text's first `count` words. */
function firstWords(text: string, count: number): RegExpExecArray[] {
  const words: RegExpExecArray[] = [];
  const pattern = new RegExp(WORD);
  for (let word = pattern.exec(text); word && words.length < count; word = pattern.exec(text))
    words.push(word);
  return words;
}
