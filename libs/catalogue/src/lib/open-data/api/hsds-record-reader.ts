import { Injectable } from '@nestjs/common';
import { CatalogueExportRepository } from '../../interchange/export/catalogue-export.repository';
import * as hsds from '../../interchange/export/hsds/hsds-records';
import {
  groupBy,
  HsdsService,
  hsdsFullServices,
  hsdsVocabulary,
  withoutEmptyLists,
} from '../../interchange/export/hsds/hsds-service';
import type { HsdsSourceOffer, HsdsSourceOrganization } from '../../interchange/export/hsds/hsds-source';
import { HsdsApiRepository } from './hsds-api.repository';
import { serviceAtLocationKey } from './hsds-listings';
import { hsdsMetadata } from './hsds-metadata';

/** An HSDS record as the API answers it. */
export type HsdsObject = Record<string, unknown>;

/** How much of a service a list or record shows. */
export type ServiceDetail = 'minimal' | 'list' | 'full';

/** The member whose records are read: its name is the publisher in `metadata`. */
export interface Publisher {
  name: string;
}

const byKey = <T extends HsdsObject>(records: T[], key: (record: T) => string) =>
  new Map(records.map((record) => [key(record), record]));

/**
 * The HSDS records behind a page's keys, read in the member's unit of work with the export's
 * queries and built by the export's mapping (libs/catalogue interchange/export/hsds). Every read
 * asks again what is published, so a key listed a moment ago that has been withdrawn is left out.
 */
@Injectable()
export class HsdsRecordReader {
  constructor(
    private readonly rows: CatalogueExportRepository,
    private readonly apiRows: HsdsApiRepository,
  ) {}

  async services(
    ids: string[],
    detail: ServiceDetail,
    publisher: Publisher,
  ): Promise<Map<string, HsdsObject>> {
    if (detail !== 'full') {
      // The list shows no places, times or contacts: the offers and (unless minimal) their organisations.
      const offers = await this.rows.offers(ids);
      const organizations =
        detail === 'list'
          ? await this.rows.organizations([...new Set(offers.map((offer) => offer.organizationId))])
          : [];
      return byKey(this.serviceListItems(offers, organizations, detail), (record) => String(record.id));
    }
    return byKey(await this.fullServices(ids, publisher), (record) => String(record.id));
  }

  async organizations(
    ids: string[],
    options: { full: boolean; fullService: boolean },
    publisher: Publisher,
  ): Promise<Map<string, HsdsObject>> {
    const organizations = await this.rows.organizations(ids);
    if (!options.full && !options.fullService) {
      return byKey(organizations.map(hsds.hsdsOrganization), (record) => String(record.id));
    }
    const offers = await this.apiRows.offersOfOrganizations(
      organizations.map((organization) => organization.id),
    );
    const offerIds = offers.map((offer) => offer.id);
    const services = options.fullService
      ? await this.fullServices(offerIds, publisher)
      : (await this.rows.offers(offerIds)).map(hsds.hsdsServiceFields);
    const servicesOf = groupBy(services, (service) => String(service.organization_id));
    const withMetadata = await this.metadata(
      'organization',
      organizations.map((organization) => organization.id),
      publisher,
    );
    return byKey(
      organizations.map((organization) =>
        withMetadata(this.fullOrganization(organization, servicesOf.get(organization.id) ?? [])),
      ),
      (record) => String(record.id),
    );
  }

  async taxonomies(ids: string[]): Promise<Map<string, HsdsObject>> {
    const wanted = new Set(ids);
    const taxonomies = (await this.rows.taxonomies()).filter((taxonomy) => wanted.has(taxonomy.id));
    return byKey(taxonomies.map(hsds.hsdsTaxonomy), (record) => String(record.id));
  }

  async taxonomyTerms(ids: string[]): Promise<Map<string, HsdsObject>> {
    const wanted = new Set(ids);
    const { taxonomies } = hsdsVocabulary(await this.rows.taxonomies(), []);
    const terms = (await this.rows.terms()).filter((term) => wanted.has(term.id));
    return byKey(
      terms.map((term) => hsds.hsdsTaxonomyTerm(term, taxonomies.get(term.taxonomyId))),
      (record) => String(record.id),
    );
  }

  /** Services at locations by their keys (`offerId:locationId`); `full` nests the place's address and access. */
  async serviceAtLocations(keys: string[], full: boolean): Promise<Map<string, HsdsObject>> {
    const pairs = keys.map((key) => key.split(':') as [string, string]);
    const batch = await this.rows.batch([...new Set(pairs.map(([offerId]) => offerId))], true);
    const services = byKey(this.serviceListItems(batch.offers, batch.organizations, 'list'), (record) =>
      String(record.id),
    );
    const offers = new Map(batch.offers.map((offer) => [offer.id, offer]));
    const locations = new Map(batch.locations.map((location) => [location.id, location]));
    const records = new Map<string, HsdsObject>();
    for (const [offerId, locationId] of pairs) {
      const [offer, location, service] = [
        offers.get(offerId),
        locations.get(locationId),
        services.get(offerId),
      ];
      if (!offer || !location || !service || !offer.locationIds.includes(locationId)) continue;
      const place = full
        ? withoutEmptyLists({
            ...hsds.hsdsLocation(location),
            addresses: hsds.hsdsAddresses(location),
            accessibility: hsds.hsdsAccessibility(location),
          })
        : hsds.hsdsLocation(location);
      records.set(serviceAtLocationKey(offerId, locationId), {
        ...hsds.hsdsServiceAtLocation(offer, locationId),
        location: place,
        service,
      });
    }
    return records;
  }

  /** Services as the list shows them: their own fields and their organisation (or only id, name, status and time). */
  private serviceListItems(
    offers: HsdsSourceOffer[],
    organizations: HsdsSourceOrganization[],
    detail: 'minimal' | 'list',
  ): HsdsObject[] {
    if (detail === 'minimal') {
      return offers.map((offer) => {
        const { id, name, status, last_modified } = hsds.hsdsServiceFields(offer);
        return { id, name, status, last_modified };
      });
    }
    const byId = new Map(organizations.map((organization) => [organization.id, organization]));
    return offers.flatMap((offer): HsdsObject[] => {
      const organization = byId.get(offer.organizationId);
      if (!organization) return [];
      return [{ ...hsds.hsdsServiceFields(offer), organization: hsds.hsdsOrganization(organization) }];
    });
  }

  private async fullServices(ids: string[], publisher: Publisher): Promise<HsdsService[]> {
    const batch = await this.rows.batch(ids, true);
    const vocabulary = hsdsVocabulary(await this.rows.taxonomies(), await this.rows.terms());
    const withMetadata = await this.metadata(
      'offer',
      batch.offers.map((offer) => offer.id),
      publisher,
    );
    return hsdsFullServices(batch, vocabulary).map(withMetadata);
  }

  /** Adds to each record its entity's change history, read at once for all `ids`. */
  private async metadata(
    entityType: 'offer' | 'organization',
    ids: string[],
    publisher: Publisher,
  ): Promise<<T extends HsdsObject>(record: T) => T> {
    const history = groupBy(await this.apiRows.auditOf(entityType, ids), (entry) => entry.entityId);
    return (record) => {
      const metadata = hsdsMetadata(entityType, history.get(String(record.id)) ?? [], publisher.name);
      return metadata.length > 0 ? { ...record, metadata } : record;
    };
  }

  private fullOrganization(organization: HsdsSourceOrganization, services: HsdsObject[]): HsdsObject {
    return withoutEmptyLists({
      ...hsds.hsdsOrganization(organization),
      phones: hsds.hsdsOrganizationPhones(organization),
      services,
    });
  }
}
