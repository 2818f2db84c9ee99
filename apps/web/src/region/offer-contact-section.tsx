import { ContactLinks } from '../offer/contact-links';
import { t as offerText } from '../offer/messages';
import { OfferSection } from './offer-section';
import type { RegionOffer } from './region-api';

/** The offer's contact people, then its own (or else the organisation's) phone, e-mail and website. */
export function OfferContactSection({ offer }: { offer: RegionOffer }) {
  const { organization } = offer;
  return (
    <OfferSection id="region-offer-contact" title={offerText('offer.contact')}>
      {offer.contacts.length > 0 && (
        <ul>
          {offer.contacts.map((contact) => (
            <li key={contact.id}>
              {[contact.name, contact.title].filter(Boolean).join(', ')}
              <ContactLinks phone={contact.phone} email={contact.email} />
            </li>
          ))}
        </ul>
      )}
      <ContactLinks
        phone={offer.phone ?? organization.phone}
        email={offer.email ?? organization.email}
        website={offer.url ?? organization.website}
      />
    </OfferSection>
  );
}
