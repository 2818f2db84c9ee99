import { ageRangeText } from '../offer/age-range';
import { t as offerText } from '../offer/messages';
import { t } from './messages';
import { OfferSection } from './offer-section';
import type { RegionOffer } from './region-api';

/** Whom the offer is for: the association's description, the ages and the target groups. */
export function OfferAudienceSection({ offer }: { offer: RegionOffer }) {
  const ages = ageRangeText(offer.minimumAge, offer.maximumAge);
  const groups = [...(ages ? [ages] : []), ...(offer.terms.target_group ?? []).map((term) => term.name)];
  return (
    <OfferSection id="region-offer-audience" title={offerText('offer.forWhom')}>
      {offer.eligibilityDescription && <p>{offer.eligibilityDescription}</p>}
      {groups.length > 0 ? (
        <ul>
          {groups.map((group) => (
            <li key={group}>{group}</li>
          ))}
        </ul>
      ) : (
        !offer.eligibilityDescription && <p>{t('offer.forEveryone')}</p>
      )}
    </OfferSection>
  );
}
