import type { IncomingHttpHeaders } from 'node:http';

/** Titles are shown in lists; junk pages can stuff kilobytes into one. */
const MAX_TITLE_LENGTH = 300;

/** The entities page titles actually use, including the Danish letters older sites escape. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
};

/** True for an HTML page, the kind of answer that has a title. */
export function isHtml(headers: IncomingHttpHeaders): boolean {
  return /text\/html|application\/xhtml\+xml/i.test(headers['content-type'] ?? '');
}

/**
 * A fresh watch over one page's bytes, chunk by chunk: true once no title can follow (it has ended,
 * or the head has), so the rest of the page need not be read.
 */
export function untilTitleIsIn(): (chunk: Buffer) => boolean {
  /** Lower-case latin1 view of the bytes so far: enough to find ASCII markup in any charset. */
  let markup = '';
  return (chunk) => {
    const searchFrom = Math.max(0, markup.length - 8); // a tag may straddle two chunks
    markup += chunk.toString('latin1').toLowerCase();
    return ['</title', '</head', '<body'].some((tag) => markup.includes(tag, searchFrom));
  };
}

/** The title in as much of a page as was read, decoded in the page's charset; null when there is none. */
export function pageTitle(page: Buffer, headers: IncomingHttpHeaders): string | null {
  const match = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/i.exec(decodeText(page, charsetOf(headers)));
  if (!match) return null;
  const title = decodeEntities(match[1]).replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, MAX_TITLE_LENGTH) : null;
}

function charsetOf(headers: IncomingHttpHeaders): string {
  return /charset="?([\w-]+)/i.exec(headers['content-type'] ?? '')?.[1] ?? 'utf-8';
}

function decodeText(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown charset label
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? entity;
    const codePoint = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}
