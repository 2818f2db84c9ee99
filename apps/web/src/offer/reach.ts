import type { Offer } from './offer-api';

type Location = Offer['locations'][number];

/** "Klostergade 37, 8000 Aarhus C": a place's street address on one line. */
export function addressLine(location: Location): string {
  return [location.address1, [location.postalCode, location.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

/**
 * How to reach an offer: its own phone, e-mail and website, else its first contact person's, else
 * its association's. One choice for the offer page's "Ring" button and the handout.
 */
export function reachOf(offer: Offer): {
  phone: string | null;
  email: string | null;
  website: string | null;
} {
  return {
    phone:
      offer.phone ??
      offer.contacts.find((contact) => contact.phone)?.phone ??
      offer.organization.phone ??
      null,
    email:
      offer.email ??
      offer.contacts.find((contact) => contact.email)?.email ??
      offer.organization.email ??
      null,
    website: offer.url ?? offer.organization.website ?? null,
  };
}
