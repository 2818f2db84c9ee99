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
/** A word's character, as PostgreSQL's text search parser sees one: a letter, mark or digit. */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{Nd}]$/u;
/** The answer for the first 256 code points (all of Danish), read from a table. */
const LATIN1_WORD_CHARACTERS = Uint8Array.from({ length: 256 }, (_, code) =>
  WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0,
);
/** Other code points, asked once each. */
const otherWordCharacters = new Map<number, boolean>();
const OTHER_CHARACTERS_KEPT = 10_000;

function isWordCharacter(codePoint: number): boolean {
  if (codePoint < 256) return LATIN1_WORD_CHARACTERS[codePoint] === 1;
  let known = otherWordCharacters.get(codePoint);
  if (known === undefined) {
    if (otherWordCharacters.size >= OTHER_CHARACTERS_KEPT) otherWordCharacters.clear();
    known = WORD_CHARACTER.test(String.fromCodePoint(codePoint));
    otherWordCharacters.set(codePoint, known);
  }
  return known;
}

/** A text's words as spans: word i is text.slice(starts[i], ends[i]). */
interface Words {
  starts: number[];
  ends: number[];
}

/** The end of the word or gap that starts at `from`: where the characters stop being (not) word characters. */
function runEnd(text: string, from: number, ofWord: boolean): number {
  let at = from;
  while (at < text.length) {
    const codePoint = text.codePointAt(at) as number;
    if (isWordCharacter(codePoint) !== ofWord) break;
    at += codePoint > 0xffff ? 2 : 1;
  }
  return at;
}

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
/** Read at a word's start (sticky). */
const CAPITALISED = /\p{Lu}/uy;

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
  // Scanned by character code, as spans: no match object per word.
  const words: Words = { starts: [], ends: [] };
  // Whether word i matches, decided once per word: the extract marks what the search found.
  const marked: boolean[] = [];
  let first = -1;
  for (let at = runEnd(text, 0, false); at < text.length; at = runEnd(text, at, false)) {
    const wordEnd = runEnd(text, at, true);
    const folded = foldedWord(text.slice(at, wordEnd));
    const matches = lexemes.some((lexeme) => folded.startsWith(lexeme));
    words.starts.push(at);
    words.ends.push(wordEnd);
    marked.push(matches);
    at = wordEnd;
    if (first === -1 && matches) first = marked.length - 1;
    if (first !== -1 && marked.length >= first + MAX_WORDS) break;
  }
  const count = marked.length;
  if (first === -1) return markedExtract(text, words, marked, 0, Math.min(count, MIN_WORDS), false);
  const sentence = sentenceStart(text, words, first);
  let start = first - sentence <= LEAD_WORDS ? sentence : first;
  const end = Math.min(count, start + MAX_WORDS);
  if (end - start < MIN_WORDS) start = Math.max(0, end - MIN_WORDS);
  const cut = start > 0 && start !== sentenceStart(text, words, start);
  return markedExtract(text, words, marked, start, end, cut);
}

/** The position of the first word of the sentence that holds word `at`. */
function sentenceStart(text: string, { starts, ends }: Words, at: number): number {
  let start = at;
  while (start > 0) {
    const between = text.slice(ends[start - 1], starts[start]);
    CAPITALISED.lastIndex = starts[start];
    if (SENTENCE_END.test(between) && CAPITALISED.test(text)) break;
    start -= 1;
  }
  return start;
}

/** Words start .. end with the text between them, the marked ones in `<mark>`, all escaped. */
function markedExtract(
  text: string,
  { starts, ends }: Words,
  marked: boolean[],
  start: number,
  end: number,
  cut: boolean,
): string {
  let html = cut ? '… ' : '';
  for (let at = start; at < end; at += 1) {
    if (at > start) html += escapeHtml(text.slice(ends[at - 1], starts[at]));
    const word = escapeHtml(text.slice(starts[at], ends[at]));
    html += marked[at] ? `<mark>${word}</mark>` : word;
  }
  return html;
}
