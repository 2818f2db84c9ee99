import * as hsds from './hsds-records';
import type { HsdsServiceContext, HsdsSourceOffer } from './hsds-source';

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

/** Empty optional lists are left out too, as empty fields are. */
function withoutEmptyLists<T extends Record<string, unknown>>(object: T): T {
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
