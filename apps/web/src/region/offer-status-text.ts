import { formatDate } from '../i18n/format';
import { t as staffText } from '../staff/messages';
import type { RegionOffer } from './region-api';

/** The offer's status in the editors' words, e.g. "Kladde" or "Offentliggjort". */
export function offerStatusText(offer: Pick<RegionOffer, 'status'>): string {
  return staffText(`status.${offer.status}`);
}

/** When the association last confirmed the offer, or "Aldrig". */
export function confirmedText(offer: Pick<RegionOffer, 'assuredDate'>): string {
  return offer.assuredDate ? formatDate(offer.assuredDate) : staffText('offers.neverConfirmed');
}
