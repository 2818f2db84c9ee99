/** Markers ts_headline puts around matches; control characters that editors' text never holds. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Editors' text made safe as HTML, with the matched words wrapped in `<mark>`. */
export function snippetHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
    .replaceAll(MATCH_START, '<mark>')
    .replaceAll(MATCH_END, '</mark>');
}
