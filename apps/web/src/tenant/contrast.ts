/**
 * WCAG 2.1 contrast of two sRGB colours written as `#rgb` or `#rrggbb`, the notation the theme
 * editor stores. https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */

/** Success criterion 1.4.3 (AA) for normal text, which links and button labels are. */
export const AA_TEXT_CONTRAST = 4.5;

const HEX_COLOR = /^#(?:[0-9a-f]{3}){1,2}$/i;

/** `#1D4F73` as `#1d4f73` and `#fff` as `#ffffff`; `undefined` for anything that is not a hex colour. */
export function normalizeHexColor(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase();
  if (!HEX_COLOR.test(trimmed)) return undefined;
  if (trimmed.length === 7) return trimmed;
  return `#${[...trimmed.slice(1)].map((digit) => digit.repeat(2)).join('')}`;
}

/** One channel (0–255) of sRGB as linear light, as WCAG 2.1 defines it. */
function linearChannel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.03928 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
}

/** Relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(hexColor: string): number | undefined {
  const hex = normalizeHexColor(hexColor);
  if (!hex) return undefined;
  const [red, green, blue] = [1, 3, 5].map((offset) =>
    linearChannel(parseInt(hex.slice(offset, offset + 2), 16)),
  );
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** From 1 (no contrast) to 21 (black on white); `undefined` if either colour cannot be read. */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const first = relativeLuminance(foreground);
  const second = relativeLuminance(background);
  if (first === undefined || second === undefined) return undefined;
  const lighter = Math.max(first, second);
  const darker = Math.min(first, second);
  return (lighter + 0.05) / (darker + 0.05);
}

/** Whether a ratio passes AA for text. The ratio is never rounded up, so 4.499 fails. */
export function meetsAA(ratio: number): boolean {
  return ratio >= AA_TEXT_CONTRAST;
}

/** A ratio cut (not rounded) to two decimals, so a failing ratio is never shown as 4.5. */
export function truncateRatio(ratio: number): number {
  return Math.floor(ratio * 100) / 100;
}
