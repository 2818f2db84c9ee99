import { t as offerText } from '../offer/messages';
import { OfferSection } from './offer-section';
import type { RegionOffer } from './region-api';

/** The offer's own words: summary and description, and the topics it is found under. */
export function OfferAboutSection({ offer }: { offer: RegionOffer }) {
  const topics = [...(offer.terms.challenge ?? []), ...(offer.terms.activity ?? [])];
  return (
    <OfferSection id="region-offer-about" title={offerText('offer.what')}>
      {offer.summary && <p className="lead">{offer.summary}</p>}
      <p className="prose">{offer.description}</p>
      {topics.length > 0 && (
        <p>
          <strong>{offerText('offer.topics')}:</strong> {topics.map((term) => term.name).join(', ')}
        </p>
      )}
    </OfferSection>
  );
}
