import { t } from '../search/messages';

/** "13–17 år", "Fra 18 år", "Op til 25 år", or nothing when an offer is for every age. */
export function ageRangeText(
  minimum: number | null | undefined,
  maximum: number | null | undefined,
): string | undefined {
  const hasMin = typeof minimum === 'number' && minimum > 0;
  const hasMax = typeof maximum === 'number' && maximum < 120;
  if (hasMin && hasMax) return t('search.ages', { min: minimum, max: maximum });
  if (hasMin) return t('search.agesFrom', { min: minimum });
  if (hasMax) return t('search.agesTo', { max: maximum });
  return undefined;
}
