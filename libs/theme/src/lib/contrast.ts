/**
 * WCAG 2.1 contrast of two sRGB colours, the one implementation the API (checking a theme when it
 * is saved) and the web client (the theme editor's live table) share.
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */
import { normalizeHexColor } from './hex-color';

/** Success criterion 1.4.3 (AA) for normal text, which links and button labels are. */
export const WCAG_AA_MINIMUM_CONTRAST = 4.5;

/** One channel (0–255) of sRGB as linear light, as WCAG 2.1 defines it. */
function linearChannel(value: number): number {
  const srgb = value / 255;
  // WCAG 2.1's threshold; sRGB's 0.04045 gives the same result, as no 8-bit value lies between.
  return srgb <= 0.03928 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
}

/** Relative luminance of a `#rgb`/`#rrggbb` colour: 0 for black, 1 for white; `undefined` for other notations. */
export function relativeLuminance(color: string): number | undefined {
  const hex = normalizeHexColor(color);
  if (!hex) return undefined;
  const [red, green, blue] = [1, 3, 5].map((offset) =>
    linearChannel(parseInt(hex.slice(offset, offset + 2), 16)),
  );
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** From 1 (no contrast) to 21 (black on white), in either order; `undefined` if a colour cannot be read. */
export function contrastRatio(first: string, second: string): number | undefined {
  const one = relativeLuminance(first);
  const other = relativeLuminance(second);
  if (one === undefined || other === undefined) return undefined;
  return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
}

/** Whether a ratio passes AA for text. The ratio is never rounded up, so 4.499 fails. */
export function meetsAA(ratio: number): boolean {
  return ratio >= WCAG_AA_MINIMUM_CONTRAST;
}

/** A ratio cut (not rounded) to two decimals, so a failing ratio is never shown as 4.5. */
export function truncateRatio(ratio: number): number {
  return Math.floor(ratio * 100) / 100;
}
