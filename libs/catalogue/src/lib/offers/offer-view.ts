import type { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity';
import type { Vocabulary } from '../taxonomy/taxonomy.entity';
import type { Offer } from './offer.entity';

export interface TermRef {
  id: string;
  code: string;
  name: string;
}

export type TermsByVocabulary = Partial<Record<Vocabulary, TermRef[]>>;

function groupTerms(terms: TaxonomyTerm[]): TermsByVocabulary {
  const grouped: TermsByVocabulary = {};
  for (const term of terms) {
    const vocabulary = term.taxonomy?.code;
    if (!vocabulary) continue;
    (grouped[vocabulary] ??= []).push({ id: term.id, code: term.code, name: term.name });
  }
  return grouped;
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** An offer as the API shows it: children inlined, terms grouped by vocabulary. */
export function offerView(offer: Offer) {
  const { organization, locations, terms, contacts, schedules, ...fields } = offer;
  return {
    ...fields,
    organization: organization && {
      id: organization.id,
      name: organization.name,
      website: organization.website,
      email: organization.email,
      phone: organization.phone,
    },
    locations: (locations ?? []).map(({ organizationId: _organizationId, ...location }) => location),
    schedules: (schedules ?? []).map(({ offerId: _offerId, offer: _offer, ...schedule }) => ({
      ...schedule,
      opensAt: schedule.opensAt.slice(0, 5),
      closesAt: schedule.closesAt.slice(0, 5),
    })),
    contacts: [...(contacts ?? [])]
      .sort(byPosition)
      .map(({ offerId: _offerId, offer: _offer, position: _position, ...contact }) => contact),
    terms: groupTerms([...(terms ?? [])].sort(byPosition)),
  };
}

export type OfferView = ReturnType<typeof offerView>;

/** The public view: everything a citizen needs, nothing about who confirmed it or the editors' flags. */
export function publicOfferView(offer: Offer) {
  const {
    assurerEmail: _assurerEmail,
    remindedAt: _remindedAt,
    staleSince: _staleSince,
    hiddenAsStale: _hiddenAsStale,
    ...view
  } = offerView(offer);
  return view;
}
