import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService } from '@socialkompas/tenancy';
import type * as source from './hsds/hsds-source';

/**
 * The condition on an offer `o` for what leaves the platform (the export and the open-data API):
 * published offers of published organisations that are not hidden as stale, exactly what citizens
 * find in search. Drafts, offers in review, archived offers and their contacts never appear.
 * `table` names each table, schema-qualified where one statement reads many tenants.
 */
export function exportedOffer(table: (name: string) => string = (name) => name): string {
  return `o.status = 'published' AND o.hidden_as_stale = false
  AND EXISTS (SELECT 1 FROM ${table('organizations')} org WHERE org.id = o.organization_id AND org.status = 'published')`;
}
const EXPORTED_OFFER = exportedOffer();

/** The catalogue's rows for an export, read in the tenant's unit of work, a batch at a time. */
@Injectable()
export class CatalogueExportRepository {
  constructor(private readonly tenancy: TenancyService) {}

  private get manager() {
    return this.tenancy.currentManager();
  }

  /** The ids of every exported offer, in a stable order (the list is small even for 100,000 offers). */
  async exportedOfferIds(): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.manager,
      `SELECT o.id FROM offers o WHERE ${EXPORTED_OFFER} ORDER BY o.id`,
    );
    return rows.map((row) => row.id);
  }

  /** The offers of a batch that are still exported now, with their places and terms. */
  offers(ids: readonly string[]): Promise<source.HsdsSourceOffer[]> {
    return queryRows<source.HsdsSourceOffer>(
      this.manager,
      `SELECT o.id, o.organization_id AS "organizationId", o.name, o.alternate_name AS "alternateName",
              o.summary, o.description, o.url, o.email, o.phone,
              o.application_process AS "applicationProcess",
              o.eligibility_description AS "eligibilityDescription", o.is_free AS "isFree",
              o.fee_amount::float8 AS "feeAmount", o.fees_description AS "feesDescription",
              o.referral_required AS "referralRequired", o.anonymous,
              o.attending_types AS "attendingTypes", o.languages, o.minimum_age AS "minimumAge",
              o.maximum_age AS "maximumAge", o.schedule_description AS "scheduleDescription",
              to_char(o.assured_date, 'YYYY-MM-DD') AS "assuredDate", o.hsds_modified_at AS "modifiedAt",
              ARRAY(SELECT ol.location_id FROM offer_locations ol WHERE ol.offer_id = o.id
                    ORDER BY ol.location_id) AS "locationIds",
              ARRAY(SELECT ot.term_id FROM offer_terms ot
                    JOIN taxonomy_terms t ON t.id = ot.term_id
                    WHERE ot.offer_id = o.id ORDER BY t.position, t.id) AS "termIds"
         FROM offers o
        WHERE o.id = ANY($1::uuid[]) AND ${EXPORTED_OFFER}
        ORDER BY o.id`,
      [ids],
    );
  }

  /**
   * The offers among `ids` that are still exported, with their contacts and times, and (`withPlaces`)
   * their organisations and places: what their HSDS records need, read in the current unit of work.
   */
  async batch(ids: readonly string[], withPlaces: boolean): Promise<source.HsdsOfferBatch> {
    const offers = await this.offers(ids);
    const stillExported = offers.map((offer) => offer.id);
    const contacts = await this.contacts(stillExported);
    const schedules = await this.schedules(stillExported);
    if (!withPlaces) return { offers, contacts, schedules, organizations: [], locations: [] };
    const organizations = await this.organizations([...new Set(offers.map((offer) => offer.organizationId))]);
    const locations = await this.locations([...new Set(offers.flatMap((offer) => offer.locationIds))]);
    return { offers, contacts, schedules, organizations, locations };
  }

  /** The published organisations among these ids (an offer is only exported if its organisation is). */
  organizations(ids: readonly string[]): Promise<source.HsdsSourceOrganization[]> {
    return queryRows<source.HsdsSourceOrganization>(
      this.manager,
      `SELECT id, name, alternate_name AS "alternateName", description, email, website, phone,
              tax_id AS "taxId"
         FROM organizations WHERE id = ANY($1::uuid[]) AND status = 'published' ORDER BY name, id`,
      [ids],
    );
  }

  locations(ids: readonly string[]): Promise<source.HsdsSourceLocation[]> {
    return queryRows<source.HsdsSourceLocation>(
      this.manager,
      `SELECT id, organization_id AS "organizationId", name, address_1 AS "address1",
              postal_code AS "postalCode", city, latitude, longitude, accessibility, transportation
         FROM locations WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
  }

  contacts(offerIds: readonly string[]): Promise<source.HsdsSourceContact[]> {
    return queryRows<source.HsdsSourceContact>(
      this.manager,
      `SELECT id, offer_id AS "offerId", name, title, email, phone
         FROM contacts WHERE offer_id = ANY($1::uuid[]) ORDER BY offer_id, position, id`,
      [offerIds],
    );
  }

  schedules(offerIds: readonly string[]): Promise<source.HsdsSourceSchedule[]> {
    return queryRows<source.HsdsSourceSchedule>(
      this.manager,
      `SELECT id, offer_id AS "offerId", byday, to_char(opens_at, 'HH24:MI:SS') AS "opensAt",
              to_char(closes_at, 'HH24:MI:SS') AS "closesAt",
              to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo",
              description
         FROM schedules WHERE offer_id = ANY($1::uuid[]) ORDER BY offer_id, opens_at, id`,
      [offerIds],
    );
  }

  taxonomies(): Promise<source.HsdsSourceTaxonomy[]> {
    return queryRows<source.HsdsSourceTaxonomy>(
      this.manager,
      `SELECT id, code, name, description FROM taxonomies ORDER BY code`,
    );
  }

  terms(): Promise<source.HsdsSourceTerm[]> {
    return queryRows<source.HsdsSourceTerm>(
      this.manager,
      `SELECT id, taxonomy_id AS "taxonomyId", code, name, description
         FROM taxonomy_terms ORDER BY taxonomy_id, position, id`,
    );
  }

  /** The organisations and places the exported offers name, each once. */
  async referencedIds(): Promise<{ organizationIds: string[]; locationIds: string[] }> {
    const [row] = await queryRows<{ organizationIds: string[] | null; locationIds: string[] | null }>(
      this.manager,
      `SELECT ARRAY(SELECT DISTINCT o.organization_id FROM offers o WHERE ${EXPORTED_OFFER}) AS "organizationIds",
              ARRAY(SELECT DISTINCT ol.location_id FROM offer_locations ol JOIN offers o ON o.id = ol.offer_id
                    WHERE ${EXPORTED_OFFER}) AS "locationIds"`,
    );
    return { organizationIds: row?.organizationIds ?? [], locationIds: row?.locationIds ?? [] };
  }
}
