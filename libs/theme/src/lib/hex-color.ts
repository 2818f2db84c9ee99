/** A colour as a tenant's theme stores it: `#rrggbb`. */
export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** What people may type: `#rrggbb`, or the short `#rgb`. */
const TYPED_HEX_COLOR = /^#(?:[0-9a-f]{3}){1,2}$/i;

/**
 * The brand colour of a tenant that has chosen none: on the web client's pages (styles.css keeps
 * the same value as its CSS default), the server's own pages and the mails.
 */
export const DEFAULT_PRIMARY_COLOR = '#1d4f73';

/** The page background every theme's primary colour is read on as link and heading colour. */
export const PAGE_BACKGROUND = '#ffffff';

/**
 * `#1D4F73` as `#1d4f73` and `#fff` as `#ffffff`; `undefined` for anything else, so only a plain
 * colour ever reaches a page's CSS.
 */
export function normalizeHexColor(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase();
  if (!TYPED_HEX_COLOR.test(trimmed)) return undefined;
  if (trimmed.length === 7) return trimmed;
  return `#${[...trimmed.slice(1)].map((digit) => digit.repeat(2)).join('')}`;
}
