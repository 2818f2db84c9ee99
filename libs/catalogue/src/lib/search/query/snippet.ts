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

/** A match this many words or fewer into its sentence is shown from the sentence's start. */
const LEAD_WORDS = 8;
/** What ends a sentence, in the text between two words, when the next word is capitalised ("kl. 16.30" does not). */
const SENTENCE_END = /[.!?:]\s/;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The extract around the text's first match: MAX_WORDS words from the start of the sentence that
 * holds it (or from the match itself, after "… ", when the sentence began long before), the
 * matching words in `<mark>`, the editors' text escaped. Where the text ends sooner, it starts
 * earlier, so an extract has at least MIN_WORDS words. A word matches when its folded form starts
 * with one of the query's lexemes (Danish stems are the start of their words, and the query's
 * words are prefixes anyway). Without a match, the text's first MIN_WORDS words.
 */
export function matchSnippet(text: string, lexemes: readonly string[]): string {
  // Words are read only up to the extract's end: descriptions run long, extracts are short.
  const pattern = new RegExp(WORD);
  const words: RegExpExecArray[] = [];
  // Whether words[i] matches, decided once per word: the extract marks what the search found.
  const marked: boolean[] = [];
  let first = -1;
  for (let word = pattern.exec(text); word; word = pattern.exec(text)) {
    const folded = foldedWord(word[0]);
    const matches = lexemes.some((lexeme) => folded.startsWith(lexeme));
    words.push(word);
    marked.push(matches);
    if (first === -1 && matches) first = words.length - 1;
    if (first !== -1 && words.length >= first + MAX_WORDS) break;
  }
  if (first === -1) return markedExtract(text, words, marked, 0, Math.min(words.length, MIN_WORDS), false);
  const sentence = sentenceStart(text, words, first);
  let start = first - sentence <= LEAD_WORDS ? sentence : first;
  const end = Math.min(words.length, start + MAX_WORDS);
  if (end - start < MIN_WORDS) start = Math.max(0, end - MIN_WORDS);
  const cut = start > 0 && start !== sentenceStart(text, words, start);
  return markedExtract(text, words, marked, start, end, cut);
}

/** The position of the first word of the sentence that holds words[at]. */
function sentenceStart(text: string, words: RegExpExecArray[], at: number): number {
  let start = at;
  while (start > 0) {
    const previous = words[start - 1];
    const between = text.slice(previous.index + previous[0].length, words[start].index);
    if (SENTENCE_END.test(between) && CAPITALISED.test(words[start][0])) break;
    start -= 1;
  }
  return start;
}

/** words[start .. end) with the text between them, the marked ones in `<mark>`, all escaped. */
function markedExtract(
  text: string,
  words: RegExpExecArray[],
  marked: boolean[],
  start: number,
  end: number,
  cut: boolean,
): string {
  let html = cut ? '… ' : '';
  for (let at = start; at < end; at += 1) {
    const word = words[at];
    if (at > start) {
      const previous = words[at - 1];
      html += escapeHtml(text.slice(previous.index + previous[0].length, word.index));
    }
    html += marked[at] ? `<mark>${escapeHtml(word[0])}</mark>` : escapeHtml(word[0]);
  }
  return html;
}
