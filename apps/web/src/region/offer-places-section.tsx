import { t as offerText } from '../offer/messages';
import { OfferSection } from './offer-section';
import type { RegionOffer } from './region-api';

/** Where the offer takes place: online, and each address; nothing when neither is given. */
export function OfferPlacesSection({ offer }: { offer: RegionOffer }) {
  const online = offer.attendingTypes.includes('online');
  if (!online && offer.locations.length === 0) return null;
  return (
    <OfferSection id="region-offer-where" title={offerText('offer.where')}>
      {online && <p>{offerText('offer.online')}</p>}
      {offer.locations.map((location) => (
        <address key={location.id}>
          {[location.name, location.address1, `${location.postalCode} ${location.city}`]
            .filter(Boolean)
            .join(', ')}
        </address>
      ))}
    </OfferSection>
  );
}
