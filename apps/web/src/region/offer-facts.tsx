import { t as staffText } from '../staff/messages';
import { t } from './messages';
import { confirmedText, offerStatusText } from './offer-status-text';
import type { RegionOffer } from './region-api';

/** What a coordinator checks first: status, where the offer belongs and when it was last confirmed. */
export function OfferFacts({ offer, municipality }: { offer: RegionOffer; municipality: string }) {
  return (
    <>
      <dl>
        <dt>{staffText('status.heading')}</dt>
        <dd>
          {offerStatusText(offer)}
          {offer.staleSince && <span className="tag staff-flag">{staffText('offers.stale')}</span>}
        </dd>
        <dt>{t('offer.municipality')}</dt>
        <dd>{municipality}</dd>
        <dt>{staffText('offers.organization')}</dt>
        <dd>{offer.organization.name}</dd>
        <dt>{staffText('offers.confirmed')}</dt>
        <dd>{confirmedText(offer)}</dd>
      </dl>
      {offer.hiddenAsStale && <p className="notice">{t('offer.hiddenAsStale')}</p>}
    </>
  );
}
