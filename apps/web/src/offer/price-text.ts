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
  const amount = feeAmount !== null ? t('offer.fee', { amount: formatNumber(feeAmount) }) : '';
  return [amount, feesDescription.trim()].filter(Boolean).join(' – ') || t('offer.paid');
}
