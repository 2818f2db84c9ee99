/** A colour as a tenant's theme stores it: `#rrggbb`. */
export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** WCAG 2.1 AA's minimum contrast for normal text (success criterion 1.4.3). */
export const WCAG_AA_MINIMUM_CONTRAST = 4.5;

/** Relative luminance of a `#rrggbb` colour as WCAG 2.1 defines it: 0 for black, 1 for white. */
export function relativeLuminance(color: string): number {
  if (!HEX_COLOR.test(color)) throw new Error(`Not a #rrggbb colour: "${color}".`);
  const channel = (offset: number) => {
    const value = parseInt(color.slice(offset, offset + 2), 16) / 255;
    // WCAG 2.1's threshold; sRGB's 0.04045 gives the same result, as no 8-bit value lies between.
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black and white); order does not matter. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}
