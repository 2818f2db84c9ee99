import { t as offerText } from '../offer/messages';
import { scheduleText } from '../offer/schedule-text';
import { OfferSection } from './offer-section';
import type { RegionOffer } from './region-api';

/** When the offer takes place, in words and as opening rules; nothing when neither is given. */
export function OfferScheduleSection({ offer }: { offer: RegionOffer }) {
  if (!offer.scheduleDescription && offer.schedules.length === 0) return null;
  return (
    <OfferSection id="region-offer-when" title={offerText('offer.when')}>
      {offer.scheduleDescription && <p>{offer.scheduleDescription}</p>}
      {offer.schedules.length > 0 && (
        <ul>
          {offer.schedules.map((schedule) => (
            <li key={schedule.id}>{scheduleText(schedule)}</li>
          ))}
        </ul>
      )}
    </OfferSection>
  );
}
