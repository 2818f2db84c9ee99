import { Injectable, NotFoundException } from '@nestjs/common';
import type { Tenant } from '@socialkompas/tenancy';
import { derivedHsdsId } from '../../interchange/export/hsds/hsds-ids';
import {
  HsdsListQueryDto,
  HsdsOrganizationsQueryDto,
  HsdsServiceAtLocationsQueryDto,
  HsdsServicesQueryDto,
  HsdsTaxonomyTermsQueryDto,
} from './dto/hsds-query.dto';
import * as listings from './hsds-listings';
import { HsdsLists, LoadRecords } from './hsds-lists';
import type { HsdsPage } from './hsds-page';
import { HsdsObject, HsdsRecordReader } from './hsds-record-reader';

/** A list's answer: one page, or (`format=ndjson`) every record as a stream of batches. */
export type HsdsListAnswer =
  { kind: 'page'; page: HsdsPage<HsdsObject> } | { kind: 'stream'; batches: AsyncIterable<HsdsObject[]> };

const notFound = (what: string, id: string) => `Der er ingen ${what} med id ${id} her.`;

/** The HSDS 3.0 read API of a host: each endpoint's listing and records (see README "HSDS API"). */
@Injectable()
export class HsdsApi {
  constructor(
    private readonly lists: HsdsLists,
    private readonly reader: HsdsRecordReader,
  ) {}

  services(host: Tenant, query: HsdsServicesQueryDto): Promise<HsdsListAnswer> {
    const detail = query.minimal ? 'minimal' : query.full ? 'full' : 'list';
    return this.list(
      host,
      listings.servicesListing(query),
      (ids, publisher) => this.reader.services(ids, detail, publisher),
      query,
    );
  }

  service(host: Tenant, id: string): Promise<HsdsObject> {
    return this.lists.one(
      host,
      listings.servicesListing(new HsdsServicesQueryDto()),
      id,
      (ids, publisher) => this.reader.services(ids, 'full', publisher),
      notFound('tjeneste', id),
    );
  }

  serviceAtLocations(host: Tenant, query: HsdsServiceAtLocationsQueryDto): Promise<HsdsListAnswer> {
    const full = query.full === true;
    return this.list(
      host,
      listings.serviceAtLocationsListing(query),
      (keys) => this.reader.serviceAtLocations(keys, full),
      query,
    );
  }

  /** A service at a location has a derived id (hsds-ids), so it is found among the keys it is derived from. */
  async serviceAtLocation(host: Tenant, id: string): Promise<HsdsObject> {
    const listing = listings.serviceAtLocationsListing(new HsdsServiceAtLocationsQueryDto());
    const key = await this.lists.findKey(host, listing, (candidate) => {
      const [offerId, locationId] = candidate.split(':');
      return derivedHsdsId('service-at-location', offerId, locationId) === id;
    });
    const what = notFound('tjeneste på et sted', id);
    if (!key) throw new NotFoundException({ title: 'Findes ikke', detail: what });
    return this.lists.one(host, listing, key, (keys) => this.reader.serviceAtLocations(keys, true), what);
  }

  organizations(host: Tenant, query: HsdsOrganizationsQueryDto): Promise<HsdsListAnswer> {
    const options = { full: query.full === true, fullService: query.full_service === true };
    return this.list(
      host,
      listings.organizationsListing(query),
      (ids, publisher) => this.reader.organizations(ids, options, publisher),
      query,
    );
  }

  organization(host: Tenant, id: string, fullService: boolean): Promise<HsdsObject> {
    return this.lists.one(
      host,
      listings.organizationsListing(new HsdsListQueryDto()),
      id,
      (ids, publisher) => this.reader.organizations(ids, { full: true, fullService }, publisher),
      notFound('organisation', id),
    );
  }

  taxonomies(host: Tenant, query: HsdsListQueryDto): Promise<HsdsListAnswer> {
    return this.list(host, listings.taxonomiesListing(query), (ids) => this.reader.taxonomies(ids), query);
  }

  taxonomy(host: Tenant, id: string): Promise<HsdsObject> {
    return this.lists.one(
      host,
      listings.taxonomiesListing(new HsdsListQueryDto()),
      id,
      (ids) => this.reader.taxonomies(ids),
      notFound('taksonomi', id),
    );
  }

  taxonomyTerms(host: Tenant, query: HsdsTaxonomyTermsQueryDto): Promise<HsdsListAnswer> {
    return this.list(
      host,
      listings.taxonomyTermsListing(query),
      (ids) => this.reader.taxonomyTerms(ids),
      query,
    );
  }

  taxonomyTerm(host: Tenant, id: string): Promise<HsdsObject> {
    return this.lists.one(
      host,
      listings.taxonomyTermsListing(new HsdsTaxonomyTermsQueryDto()),
      id,
      (ids) => this.reader.taxonomyTerms(ids),
      notFound('emneord', id),
    );
  }

  private async list(
    host: Tenant,
    listing: listings.HsdsListing,
    load: LoadRecords,
    query: HsdsListQueryDto,
  ): Promise<HsdsListAnswer> {
    if (query.format === 'ndjson') return { kind: 'stream', batches: this.lists.stream(host, listing, load) };
    return {
      kind: 'page',
      page: await this.lists.page(host, listing, load, { page: query.page, perPage: query.per_page }),
    };
  }
}
