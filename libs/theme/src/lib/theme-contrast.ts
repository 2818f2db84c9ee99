import { contrastRatio, WCAG_AA_MINIMUM_CONTRAST } from './contrast';
import { HEX_COLOR, PAGE_BACKGROUND } from './hex-color';

/** The colours of a tenant's theme that are read against each other. */
export interface ThemeColors {
  primaryColor?: string;
  primaryTextColor?: string;
}

export interface ThemeContrastProblem {
  field: 'primaryColor' | 'primaryTextColor';
  message: string;
}

/**
 * "2,1": one decimal with a Danish comma, rounded down, so a ratio just short of the minimum is
 * never shown as if it reached it (4.47 as "4,4", not "4,5").
 */
function danishRatio(ratio: number): string {
  return (Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',');
}

function pairProblem(
  field: ThemeContrastProblem['field'],
  first: { label: string; color: string },
  second: { label: string; color: string },
): ThemeContrastProblem[] {
  // Both colours are known to be #rrggbb here, so the ratio is always defined.
  const ratio = contrastRatio(first.color, second.color) ?? 1;
  if (ratio >= WCAG_AA_MINIMUM_CONTRAST) return [];
  const minimum = danishRatio(WCAG_AA_MINIMUM_CONTRAST);
  return [
    {
      field,
      message:
        `Kontrasten mellem ${first.label} (${first.color}) og ${second.label} (${second.color}) er ` +
        `${danishRatio(ratio)}:1; WCAG 2.1 AA kræver mindst ${minimum}:1.`,
    },
  ];
}

/**
 * Every colour pair of a theme that fails WCAG 2.1 AA: text on the primary colour, and the
 * primary colour as text and links on the white page. A colour that is not `#rrggbb` (stored
 * before the theme editor checked) or a text colour without a primary colour cannot be checked,
 * so each is a problem too.
 */
export function themeContrastProblems(theme: ThemeColors): ThemeContrastProblem[] {
  const { primaryColor, primaryTextColor } = theme;
  const unreadable = (['primaryColor', 'primaryTextColor'] as const).filter(
    (field) => theme[field] !== undefined && !HEX_COLOR.test(theme[field] ?? ''),
  );
  if (unreadable.length > 0) {
    return unreadable.map((field) => ({
      field,
      message: `${field} (${theme[field]}) er ikke en farve som #003d73 og kan ikke kontrolleres; vælg en ny.`,
    }));
  }
  if (!primaryColor) {
    return primaryTextColor
      ? [
          {
            field: 'primaryTextColor',
            message: `Tekst på primærfarve (${primaryTextColor}) kræver en primærfarve at blive kontrolleret mod; angiv også primaryColor.`,
          },
        ]
      : [];
  }
  const primary = { label: 'primærfarve', color: primaryColor };
  return [
    ...(primaryTextColor
      ? pairProblem('primaryTextColor', primary, { label: 'tekst på primærfarve', color: primaryTextColor })
      : []),
    ...pairProblem('primaryColor', primary, { label: 'sidens hvide baggrund', color: PAGE_BACKGROUND }),
  ];
}
