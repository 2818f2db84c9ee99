const WHITE = '#ffffff';
const NEAR_BLACK = '#111111';
const NEAR_BLACK_RGB: [number, number, number] = [0x11, 0x11, 0x11];

function parseHex(color: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * White or near-black, whichever contrasts more with `background` (a `#rgb`/`#rrggbb` colour).
 * Other colour notations get white, which suits the dark brand colours municipalities tend to use.
 */
export function readableTextColor(background: string): string {
  const rgb = parseHex(background);
  if (!rgb) return WHITE;
  const bg = luminance(rgb);
  const onWhite = contrast(bg, 1);
  const onBlack = contrast(bg, luminance(NEAR_BLACK_RGB));
  return onWhite >= onBlack ? WHITE : NEAR_BLACK;
}
