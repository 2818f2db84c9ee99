import { contrastRatio } from '@socialkompas/theme';

const WHITE = '#ffffff';
const NEAR_BLACK = '#111111';

/**
 * White or near-black, whichever contrasts more with `background` (a `#rgb`/`#rrggbb` colour).
 * Other colour notations get white, which suits the dark brand colours municipalities tend to use.
 */
export function readableTextColor(background: string): string {
  const onWhite = contrastRatio(WHITE, background);
  const onBlack = contrastRatio(NEAR_BLACK, background);
  if (onWhite === undefined || onBlack === undefined) return WHITE;
  return onWhite >= onBlack ? WHITE : NEAR_BLACK;
}
