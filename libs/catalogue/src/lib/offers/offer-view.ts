import { ApiProperty, OmitType, PickType } from '@nestjs/swagger';
import { PageOf } from '@socialkompas/http';
import { Organization } from '../organizations/organization.entity';
import type { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity';
import { VOCABULARIES } from '../taxonomy/taxonomy.entity';
import { ListsByVocabulary, TermRef } from '../taxonomy/taxonomy-view';
import { Contact } from './contact.entity';
import { Location } from './location.entity';
import { Offer } from './offer.entity';
import { Schedule } from './schedule.entity';

export class OfferOrganization extends PickType(Organization, [
  'id',
  'name',
  'status',
  'website',
  'email',
  'phone',
] as const) {}

/** Why citizens cannot find an offer: each condition that keeps it from the public. */
export const HIDDEN_REASONS = [
  'offer_not_published',
  'organization_not_published',
  'hidden_as_stale',
] as const;
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

export class OfferLocation extends OmitType(Location, ['organizationId'] as const) {}

export class OfferSchedule extends OmitType(Schedule, ['offerId', 'offer'] as const) {}

export class OfferContact extends OmitType(Contact, ['offerId', 'offer', 'position'] as const) {}

export class OfferTerms extends ListsByVocabulary(TermRef, VOCABULARIES, false) {}

/** An offer as the API shows it: children inlined, terms grouped by vocabulary. */
export class OfferView extends OmitType(Offer, [
  'organization',
  'locations',
  'terms',
  'contacts',
  'schedules',
] as const) {
  @ApiProperty({ type: OfferOrganization })
  organization!: OfferOrganization;

  @ApiProperty({ type: [OfferLocation] })
  locations!: OfferLocation[];

  @ApiProperty({ type: [OfferSchedule], description: 'Opening times as HH:MM' })
  schedules!: OfferSchedule[];

  @ApiProperty({ type: [OfferContact], description: 'In the order the editor gave them' })
  contacts!: OfferContact[];

  @ApiProperty({ type: OfferTerms })
  terms!: OfferTerms;

  @ApiProperty({ description: 'Whether citizens can find the offer now, in search and on its page' })
  visibleToCitizens!: boolean;

  @ApiProperty({
    enum: HIDDEN_REASONS,
    isArray: true,
    description: 'Why citizens cannot find it (empty when they can)',
  })
  hiddenBecause!: HiddenReason[];
}

/** The public view: everything a citizen needs, nothing about who confirmed it or the editors' flags. */
export class PublicOfferView extends OmitType(OfferView, [
  'assurerEmail',
  'remindedAt',
  'staleSince',
  'hiddenAsStale',
  'visibleToCitizens',
  'hiddenBecause',
] as const) {}

export class OfferPage extends PageOf(OfferView) {}

/** Another offer so like the one saved that it may be the same. */
export class PossibleDuplicate extends PickType(Offer, ['id', 'name', 'status'] as const) {
  @ApiProperty({ example: 0.72, description: 'How alike the titles are, from 0.6 to 1' })
  similarity!: number;
}

export class SavedOffer {
  @ApiProperty({ type: OfferView })
  offer!: OfferView;

  @ApiProperty({ type: [PossibleDuplicate], description: 'Likely duplicates: a warning, never a refusal' })
  possibleDuplicates!: PossibleDuplicate[];
}

function groupTerms(terms: TaxonomyTerm[]): OfferTerms {
  const grouped: OfferTerms = {};
  for (const term of terms) {
    const vocabulary = term.taxonomy?.code;
    if (!vocabulary) continue;
    (grouped[vocabulary] ??= []).push({ id: term.id, code: term.code, name: term.name });
  }
  return grouped;
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/**
 * What keeps the offer from citizens, as public search sees it (search/query/offer-search.repository.ts):
 * only a published offer of a published organisation that is not hidden as stale is found.
 */
export function hiddenReasons(offer: Pick<Offer, 'status' | 'hiddenAsStale'>, organization: Organization) {
  const reasons: HiddenReason[] = [];
  if (offer.status !== 'published') reasons.push('offer_not_published');
  if (organization.status !== 'published') reasons.push('organization_not_published');
  if (offer.hiddenAsStale) reasons.push('hidden_as_stale');
  return reasons;
}

/** The offer loaded with its relations (the organisation at least) as the API shows it. */
export function offerView(offer: Offer): OfferView {
  const { organization, locations, terms, contacts, schedules, ...fields } = offer;
  if (!organization) throw new Error(`Offer ${offer.id} was loaded without its organisation.`);
  const hiddenBecause = hiddenReasons(offer, organization);
  return {
    ...fields,
    visibleToCitizens: hiddenBecause.length === 0,
    hiddenBecause,
    organization: {
      id: organization.id,
      name: organization.name,
      status: organization.status,
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

export function publicOfferView(offer: Offer): PublicOfferView {
  const {
    assurerEmail: _assurerEmail,
    remindedAt: _remindedAt,
    staleSince: _staleSince,
    hiddenAsStale: _hiddenAsStale,
    visibleToCitizens: _visibleToCitizens,
    hiddenBecause: _hiddenBecause,
    ...view
  } = offerView(offer);
  return view;
}
