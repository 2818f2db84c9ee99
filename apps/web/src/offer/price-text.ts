import { formatNumber } from '../i18n/format';
import { t } from './messages';

export interface Price {
  isFree: boolean;
  feeAmount: number | null;
  feesDescription: string;
}

/** "Gratis", "50 kr. – pr. gang" or "Med betaling": what it costs, in one line for a card or a handout. */
export function priceText({ isFree, feeAmount, feesDescription }: Price): string {
  if (isFree) return t('offer.free');
  const words = feesDescription.trim();
  // "Kontingent 150 kr. om året" already says the amount: "150 kr. – Kontingent 150 kr. …" would repeat it.
  const saysAmount =
    feeAmount !== null && [String(feeAmount), formatNumber(feeAmount)].some((n) => words.includes(n));
  const amount = feeAmount !== null && !saysAmount ? t('offer.fee', { amount: formatNumber(feeAmount) }) : '';
  return [amount, words].filter(Boolean).join(' – ') || t('offer.paid');
}
