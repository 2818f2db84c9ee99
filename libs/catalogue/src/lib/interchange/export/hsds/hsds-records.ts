import type { AttendingType } from '../../../offers/offer.entity';
import { derivedHsdsId, hsdsDateTime } from './hsds-ids';
import type {
  HsdsSourceContact,
  HsdsSourceLocation,
  HsdsSourceOffer,
  HsdsSourceOrganization,
  HsdsSourceSchedule,
  HsdsSourceTaxonomy,
  HsdsSourceTerm,
} from './hsds-source';

/** One HSDS record as a flat object: its own fields and the ids of the records it belongs to. */
export type HsdsRecord = Record<string, string | number | boolean>;

type Optional = string | number | boolean | null | undefined;

/**
 * The record without its empty optional fields: HSDS wants them left out, not null or "".
 * (The tabular package writes a left-out field as an empty cell.)
 */
export function compactRecord(fields: Record<string, Optional>): HsdsRecord {
  const record: HsdsRecord = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    record[key] = value;
  }
  return record;
}

const ATTENDING_TYPE_WORDS: Record<AttendingType, string> = {
  in_person: 'fremmøde',
  online: 'online',
  phone: 'telefon',
};

const languageNames = new Intl.DisplayNames(['da'], { type: 'language' });

/** "da" → "dansk"; a code the platform does not know keeps the code as its name. */
function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function hsdsOrganization(organization: HsdsSourceOrganization): HsdsRecord {
  return compactRecord({
    id: organization.id,
    name: organization.name,
    alternate_name: organization.alternateName,
    // Required by HSDS; an organisation saved without one is described by its name.
    description: organization.description || organization.name,
    email: organization.email,
    website: organization.website,
    tax_id: organization.taxId,
  });
}

export function hsdsOrganizationPhones(organization: HsdsSourceOrganization): HsdsRecord[] {
  if (!organization.phone) return [];
  return [
    compactRecord({
      id: derivedHsdsId('organization-phone', organization.id),
      organization_id: organization.id,
      number: organization.phone,
      type: 'voice',
    }),
  ];
}

/**
 * The offer's description as HSDS has it: HSDS has no summary, so the summary leads, unless the
 * description already begins with it (an imported offer's summary is its first sentence).
 */
function serviceDescription(offer: HsdsSourceOffer): string {
  const [summary, description] = [offer.summary.trim(), offer.description.trim()];
  if (!summary || description.startsWith(summary)) return description;
  return description ? `${summary}\n\n${description}` : summary;
}

/** The offer's own fields as an HSDS `service`. */
export function hsdsServiceFields(offer: HsdsSourceOffer): HsdsRecord {
  return compactRecord({
    id: offer.id,
    organization_id: offer.organizationId,
    name: offer.name,
    alternate_name: offer.alternateName,
    description: serviceDescription(offer),
    url: offer.url,
    email: offer.email,
    // Only published offers leave the platform, and a published offer is running.
    status: 'active',
    application_process: offer.applicationProcess,
    fees_description: offer.feesDescription,
    eligibility_description: offer.eligibilityDescription,
    minimum_age: offer.minimumAge,
    maximum_age: offer.maximumAge,
    assured_date: offer.assuredDate,
    // The Danish profile's fields (libs/catalogue open-data/profile/patches/service.json).
    referral_required: offer.referralRequired,
    anonymous: offer.anonymous,
    channels: offer.attendingTypes.join(','),
    last_modified: hsdsDateTime(offer.modifiedAt),
  });
}

export function hsdsServicePhones(offer: HsdsSourceOffer): HsdsRecord[] {
  if (!offer.phone) return [];
  return [
    compactRecord({
      id: derivedHsdsId('service-phone', offer.id),
      service_id: offer.id,
      number: offer.phone,
      type: 'voice',
    }),
  ];
}

export function hsdsContact(contact: HsdsSourceContact): HsdsRecord {
  return compactRecord({
    id: contact.id,
    service_id: contact.offerId,
    name: contact.name,
    title: contact.title,
    email: contact.email,
  });
}

export function hsdsContactPhones(contact: HsdsSourceContact): HsdsRecord[] {
  if (!contact.phone) return [];
  return [
    compactRecord({
      id: derivedHsdsId('contact-phone', contact.id),
      contact_id: contact.id,
      number: contact.phone,
      type: 'voice',
    }),
  ];
}

/**
 * The offer's weekly times, each an iCal-style WEEKLY rule; the offer's schedule in plain words
 * goes on the first of them, or stands alone when there are no times.
 */
export function hsdsSchedules(
  offer: HsdsSourceOffer,
  schedules: readonly HsdsSourceSchedule[],
): HsdsRecord[] {
  const attending = offer.attendingTypes.map((type) => ATTENDING_TYPE_WORDS[type]).join(', ');
  const plainWords = offer.scheduleDescription.trim();
  if (schedules.length === 0) {
    if (!plainWords) return [];
    return [
      compactRecord({
        id: derivedHsdsId('schedule-description', offer.id),
        service_id: offer.id,
        description: plainWords,
        attending_type: attending,
      }),
    ];
  }
  return schedules.map((schedule, index) =>
    compactRecord({
      id: schedule.id,
      service_id: offer.id,
      valid_from: schedule.validFrom,
      valid_to: schedule.validTo,
      wkst: 'MO',
      freq: 'WEEKLY',
      interval: 1,
      byday: schedule.byday.join(','),
      description: schedule.description || (index === 0 ? plainWords : ''),
      opens_at: schedule.opensAt,
      closes_at: schedule.closesAt,
      attending_type: attending,
      // The plain words go here when the first time has words of its own that say something else.
      notes: index === 0 && schedule.description && schedule.description !== plainWords ? plainWords : '',
    }),
  );
}

export function hsdsLanguages(offer: HsdsSourceOffer): HsdsRecord[] {
  return offer.languages.map((code) =>
    compactRecord({
      id: derivedHsdsId('language', offer.id, code),
      service_id: offer.id,
      name: languageName(code),
      code,
    }),
  );
}

export function hsdsCostOptions(offer: HsdsSourceOffer): HsdsRecord[] {
  return [
    compactRecord({
      id: derivedHsdsId('cost-option', offer.id),
      service_id: offer.id,
      option: offer.isFree ? 'Gratis' : 'Pris',
      currency: 'DKK',
      amount: offer.isFree ? 0 : offer.feeAmount,
      amount_description: offer.isFree ? '' : offer.feesDescription,
    }),
  ];
}

export function hsdsServiceAtLocation(offer: HsdsSourceOffer, locationId: string): HsdsRecord {
  return compactRecord({
    id: derivedHsdsId('service-at-location', offer.id, locationId),
    service_id: offer.id,
    location_id: locationId,
  });
}

export function hsdsLocation(location: HsdsSourceLocation): HsdsRecord {
  return compactRecord({
    id: location.id,
    location_type: 'physical',
    organization_id: location.organizationId,
    name: location.name,
    transportation: location.transportation,
    latitude: location.latitude,
    longitude: location.longitude,
  });
}

/**
 * The place's postal address. Denmark has no states or provinces, yet HSDS requires the field:
 * it repeats the postal town, the nearest thing a Danish address names.
 */
export function hsdsAddresses(location: HsdsSourceLocation): HsdsRecord[] {
  if (!location.address1 || !location.city || !location.postalCode) return [];
  return [
    compactRecord({
      id: derivedHsdsId('address', location.id),
      location_id: location.id,
      address_1: location.address1,
      city: location.city,
      state_province: location.city,
      postal_code: location.postalCode,
      country: 'DK',
      address_type: 'physical',
    }),
  ];
}

export function hsdsAccessibility(location: HsdsSourceLocation): HsdsRecord[] {
  if (!location.accessibility.trim()) return [];
  return [
    compactRecord({
      id: derivedHsdsId('accessibility', location.id),
      location_id: location.id,
      description: location.accessibility,
    }),
  ];
}

export function hsdsTaxonomy(taxonomy: HsdsSourceTaxonomy): HsdsRecord {
  return compactRecord({
    id: taxonomy.id,
    name: taxonomy.name,
    description: taxonomy.description || taxonomy.name,
    // The Danish profile: which of the five vocabularies, the same code in every catalogue.
    code: taxonomy.code,
  });
}

/**
 * A term of one of our vocabularies. HSDS wants a term's code unique across all taxonomies, and
 * ours are unique within a vocabulary only ("boern" is an age group and a target group), so the
 * code is prefixed with its vocabulary: `age_group:boern`.
 */
export function hsdsTaxonomyTerm(term: HsdsSourceTerm, taxonomy: HsdsSourceTaxonomy | undefined): HsdsRecord {
  return compactRecord({
    id: term.id,
    code: taxonomy ? `${taxonomy.code}:${term.code}` : term.code,
    name: term.name,
    description: term.description || term.name,
    taxonomy: taxonomy?.code,
    language: 'da',
    taxonomy_id: term.taxonomyId,
  });
}

/** The link between an offer and one of its terms. */
export function hsdsServiceAttribute(offer: HsdsSourceOffer, termId: string): HsdsRecord {
  return compactRecord({
    id: derivedHsdsId('attribute', offer.id, termId),
    link_id: offer.id,
    taxonomy_term_id: termId,
    link_type: 'taxonomy_term',
    link_entity: 'service',
  });
}
