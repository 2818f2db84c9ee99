import type { EditorOffer } from '../staff-api';
import { t } from './messages';

type VisibilityOf = Pick<EditorOffer, 'visibleToCitizens' | 'hiddenBecause' | 'organization'>;

/** Why citizens cannot find the offer, in one Danish clause ("foreningen «X» er ikke offentliggjort"). */
export function hiddenReasonsText(offer: VisibilityOf): string {
  return offer.hiddenBecause
    .map((reason) => t(`reason.${reason}`, { organization: offer.organization.name }))
    .join(t('reason.and'));
}

/**
 * What to announce after publishing: "published" only when citizens can really find the offer,
 * otherwise why they cannot.
 */
export function publishedMessage(offer: VisibilityOf): string {
  return offer.visibleToCitizens
    ? t('published.visible')
    : t('published.hidden', { reasons: hiddenReasonsText(offer) });
}

/** The offer's status as the editor reads it, saying whether citizens can find it. */
export function statusLine(offer: VisibilityOf & Pick<EditorOffer, 'status'>, statusName: string): string {
  if (offer.status !== 'published') return t('status.notPublished', { status: statusName });
  return offer.visibleToCitizens
    ? t('status.visible')
    : t('status.hidden', { reasons: hiddenReasonsText(offer) });
}
