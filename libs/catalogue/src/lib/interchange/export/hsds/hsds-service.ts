import * as hsds from './hsds-records';
import type {
  HsdsOfferBatch,
  HsdsServiceContext,
  HsdsSourceOffer,
  HsdsSourceTaxonomy,
  HsdsSourceTerm,
} from './hsds-source';

/** A full HSDS 3.0 `service`, nested as `GET /services/{id}` answers (see service_full.json). */
export type HsdsService = Record<string, unknown>;

/** One offer as a full HSDS `service`: its organisation, places, contacts, times, languages, cost and terms. */
export function hsdsFullService(offer: HsdsSourceOffer, context: HsdsServiceContext): HsdsService {
  const serviceAtLocations = offer.locationIds.flatMap((locationId) => {
    const location = context.locations.get(locationId);
    if (!location) return [];
    return [
      {
        ...hsds.hsdsServiceAtLocation(offer, locationId),
        location: {
          ...hsds.hsdsLocation(location),
          addresses: hsds.hsdsAddresses(location),
          accessibility: hsds.hsdsAccessibility(location),
        },
      },
    ];
  });
  const attributes = offer.termIds.flatMap((termId) => {
    const term = context.terms.get(termId);
    if (!term) return [];
    const taxonomy = context.taxonomies.get(term.taxonomyId);
    return [
      {
        ...hsds.hsdsServiceAttribute(offer, termId),
        taxonomy_term: {
          ...hsds.hsdsTaxonomyTerm(term, taxonomy),
          ...(taxonomy ? { taxonomy_detail: hsds.hsdsTaxonomy(taxonomy) } : {}),
        },
      },
    ];
  });
  return withoutEmptyLists({
    ...hsds.hsdsServiceFields(offer),
    organization: withoutEmptyLists({
      ...hsds.hsdsOrganization(context.organization),
      phones: hsds.hsdsOrganizationPhones(context.organization),
    }),
    phones: hsds.hsdsServicePhones(offer),
    schedules: hsds.hsdsSchedules(offer, context.schedules),
    service_at_locations: serviceAtLocations.map(withoutEmptyLists),
    languages: hsds.hsdsLanguages(offer),
    cost_options: hsds.hsdsCostOptions(offer),
    contacts: context.contacts.map((contact) =>
      withoutEmptyLists({ ...hsds.hsdsContact(contact), phones: hsds.hsdsContactPhones(contact) }),
    ),
    attributes,
  });
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A tenant's vocabularies by id, as every full service of the tenant reads them. */
export interface HsdsVocabulary {
  terms: ReadonlyMap<string, HsdsSourceTerm>;
  taxonomies: ReadonlyMap<string, HsdsSourceTaxonomy>;
}

export function hsdsVocabulary(
  taxonomies: readonly HsdsSourceTaxonomy[],
  terms: readonly HsdsSourceTerm[],
): HsdsVocabulary {
  return {
    terms: new Map(terms.map((term) => [term.id, term])),
    taxonomies: new Map(taxonomies.map((taxonomy) => [taxonomy.id, taxonomy])),
  };
}

/** The batch's offers as full HSDS services, in the batch's order; an offer whose organisation is not published is left out. */
export function hsdsFullServices(batch: HsdsOfferBatch, vocabulary: HsdsVocabulary): HsdsService[] {
  const organizations = new Map(batch.organizations.map((organization) => [organization.id, organization]));
  const locations = new Map(batch.locations.map((location) => [location.id, location]));
  const contacts = groupBy(batch.contacts, (contact) => contact.offerId);
  const schedules = groupBy(batch.schedules, (schedule) => schedule.offerId);
  return batch.offers.flatMap((offer) => {
    const organization = organizations.get(offer.organizationId);
    if (!organization) return [];
    return [
      hsdsFullService(offer, {
        organization,
        locations,
        contacts: contacts.get(offer.id) ?? [],
        schedules: schedules.get(offer.id) ?? [],
        ...vocabulary,
      }),
    ];
  });
}

/** Empty optional lists are left out too, as empty fields are. */
export function withoutEmptyLists<T extends Record<string, unknown>>(object: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (Array.isArray(value) && value.length === 0) continue;
    if (value && typeof value === 'object' && !Array.isArray(value) && key === 'location') {
      result[key] = withoutEmptyLists(value as Record<string, unknown>);
      continue;
    }
    result[key] = value;
  }
  return result as T;
}
