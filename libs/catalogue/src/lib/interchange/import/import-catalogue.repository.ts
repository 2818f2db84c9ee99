import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService } from '@socialkompas/tenancy';
import { EntityManager } from 'typeorm';
import type { LifecycleStatus } from '../../core/lifecycle/lifecycle';
import type { Vocabulary } from '../../taxonomy/taxonomy.entity';
import { ValidOffer, ValidOrganization } from './check/valid-offer';

export interface VocabularyTermRow {
  id: string;
  vocabulary: Vocabulary;
  code: string;
  name: string;
  synonyms: string[];
  minimumAge: number | null;
  maximumAge: number | null;
}

/** An offer an earlier import (or an editor) gave the external id. */
export interface ExistingOfferRow {
  id: string;
  externalId: string;
  fingerprint: string | null;
  name: string;
  status: LifecycleStatus;
}

export interface ExistingOrganizationRow {
  id: string;
  externalId: string | null;
  foldedName: string;
  name: string;
  status: LifecycleStatus;
}

/** A new row's likely twin among the tenant's offers. */
export interface DuplicateCandidateRow {
  row: number;
  id: string;
  name: string;
  similarity: number;
}

/** A title this similar to another of the same organisation or postcode is likely the same offer (as in the editor). */
const DUPLICATE_SIMILARITY = 0.6;

/** An offer the writer creates or updates, with the ids it has settled. */
export interface OfferToWrite {
  id: string;
  organizationId: string;
  offer: ValidOffer;
  fingerprint: string;
}

/**
 * The catalogue as an import reads and writes it, many rows per statement: each batch is a
 * handful of statements whatever its size, so a 20,000-row file is written in seconds.
 */
@Injectable()
export class ImportCatalogueRepository {
  constructor(private readonly tenancy: TenancyService) {}

  private get manager(): EntityManager {
    return this.tenancy.currentManager();
  }

  vocabularyTerms(): Promise<VocabularyTermRow[]> {
    return queryRows<VocabularyTermRow>(
      this.manager,
      `SELECT t.id, x.code AS vocabulary, t.code, t.name, t.synonyms, t.minimum_age AS "minimumAge", t.maximum_age AS "maximumAge"
       FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id ORDER BY x.code, t.position`,
    );
  }

  offersByExternalIds(externalIds: string[]): Promise<ExistingOfferRow[]> {
    return queryRows<ExistingOfferRow>(
      this.manager,
      `SELECT id, external_id AS "externalId", import_fingerprint AS fingerprint, name, status
       FROM offers WHERE external_id = ANY($1)`,
      [externalIds],
    );
  }

  organizationsByKeys(externalIds: string[], foldedNames: string[]): Promise<ExistingOrganizationRow[]> {
    return queryRows<ExistingOrganizationRow>(
      this.manager,
      `SELECT id, external_id AS "externalId", fold_text(name) AS "foldedName", name, status FROM organizations
       WHERE external_id = ANY($1) OR fold_text(name) = ANY($2)
       ORDER BY (status = 'archived'), created_at`,
      [externalIds, foldedNames],
    );
  }

  /**
   * For each new row, the most similar offer that was there before the import began (so the
   * import's own earlier batches are not its duplicates), of the same organisation or with a
   * place in one of the row's postcodes. The similarity threshold is raised for the transaction,
   * so the trigram index itself keeps out all but close titles.
   */
  async duplicateCandidates(
    rows: { row: number; name: string; organizationId: string | null; postcodes: string[] }[],
    existingBefore: Date,
  ): Promise<DuplicateCandidateRow[]> {
    if (rows.length === 0) return [];
    await this.manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [
      String(DUPLICATE_SIMILARITY),
    ]);
    return queryRows<DuplicateCandidateRow>(
      this.manager,
      `SELECT i.row, d.id, d.name, d.similarity
       FROM jsonb_to_recordset($1::jsonb) AS i(row integer, name text, organization_id uuid, postcodes text[])
       CROSS JOIN LATERAL (
         SELECT o.id, o.name, round(similarity(fold_text(o.name), fold_text(i.name))::numeric, 2)::float AS similarity
         FROM offers o
         WHERE fold_text(o.name) % fold_text(i.name) AND o.status <> 'archived' AND o.created_at < $2
           AND (o.organization_id = i.organization_id OR EXISTS (
             SELECT 1 FROM offer_locations ol JOIN locations l ON l.id = ol.location_id
             WHERE ol.offer_id = o.id AND l.postal_code = ANY(i.postcodes)))
         ORDER BY similarity DESC LIMIT 1
       ) d`,
      [
        JSON.stringify(
          rows.map((row) => ({
            row: row.row,
            name: row.name,
            organization_id: row.organizationId,
            postcodes: row.postcodes,
          })),
        ),
        existingBefore,
      ],
    );
  }

  /** Creates the organisations; returns their new ids in the same order. */
  async insertOrganizations(
    organizations: (ValidOrganization & { status: LifecycleStatus })[],
  ): Promise<string[]> {
    const ids = organizations.map(() => randomUUID());
    if (ids.length === 0) return ids;
    await this.manager.query(
      `INSERT INTO organizations (id, external_id, name, description, email, website, phone, tax_id, status)
       SELECT id, external_id, name, description, email, website, phone, tax_id, status
       FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, external_id text, name text, description text, email text,
         website text, phone text, tax_id text, status text)`,
      [
        JSON.stringify(
          organizations.map((organization, index) => ({
            id: ids[index],
            external_id: organization.externalId,
            name: organization.name,
            description: organization.description,
            email: organization.email,
            website: organization.website,
            phone: organization.phone,
            tax_id: organization.taxId,
            status: organization.status,
          })),
        ),
      ],
    );
    return ids;
  }

  /** Publishes organisations that imported published offers need, so citizens can find those offers. */
  async publishOrganizations(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.manager.query(
      `UPDATE organizations SET status = 'published', version = version + 1, updated_at = now() WHERE id = ANY($1)`,
      [ids],
    );
  }

  async insertOffers(offers: OfferToWrite[], today: string): Promise<void> {
    if (offers.length === 0) return;
    await this.manager.query(
      `INSERT INTO offers (id, organization_id, status, name, alternate_name, summary, description, url, email, phone,
         application_process, eligibility_description, is_free, fee_amount, fees_description, attending_types, languages,
         minimum_age, maximum_age, schedule_description, external_id, import_fingerprint, published_at, assured_date,
         referral_required, anonymous)
       SELECT o.id, o.organization_id, o.status, o.name, o.alternate_name, o.summary, o.description, o.url, o.email, o.phone,
         o.application_process, o.eligibility_description, o.is_free, o.fee_amount, o.fees_description, o.attending_types,
         o.languages, o.minimum_age, o.maximum_age, o.schedule_description, o.external_id, o.import_fingerprint,
         CASE WHEN o.status = 'published' THEN now() END, CASE WHEN o.status = 'published' THEN $2::date END,
         coalesce(o.referral_required, false), coalesce(o.anonymous, false)
       FROM jsonb_to_recordset($1::jsonb) AS o(${OFFER_RECORD})`,
      [offersJson(offers), today],
    );
  }

  async updateOffers(offers: OfferToWrite[], today: string): Promise<void> {
    if (offers.length === 0) return;
    await this.manager.query(
      `UPDATE offers t SET organization_id = o.organization_id, status = o.status, name = o.name,
         alternate_name = o.alternate_name, summary = o.summary, description = o.description, url = o.url,
         email = o.email, phone = o.phone, application_process = o.application_process,
         eligibility_description = o.eligibility_description, is_free = o.is_free, fee_amount = o.fee_amount,
         fees_description = o.fees_description, attending_types = o.attending_types, languages = o.languages,
         minimum_age = o.minimum_age, maximum_age = o.maximum_age, schedule_description = o.schedule_description,
         import_fingerprint = o.import_fingerprint,
         -- A file that does not say (a sheet, plain HSDS) leaves what an editor set.
         referral_required = coalesce(o.referral_required, t.referral_required),
         anonymous = coalesce(o.anonymous, t.anonymous),
         published_at = CASE WHEN o.status = 'published' THEN coalesce(t.published_at, now()) ELSE t.published_at END,
         assured_date = CASE WHEN o.status = 'published' THEN $2::date ELSE t.assured_date END,
         version = t.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS o(${OFFER_RECORD})
       WHERE t.id = o.id`,
      [offersJson(offers), today],
    );
  }

  /**
   * Refreshes the planner's statistics of the tables an import grows. A new tenant's tables have
   * none, and without them the search index's per-offer look-ups (an offer's places, say) scan the
   * whole table for every offer: each batch slower than the one before.
   */
  async analyzeCatalogue(): Promise<void> {
    await this.manager.query(
      'ANALYZE offers (id, organization_id, external_id), offer_terms, offer_locations, locations (id)',
    );
  }

  /** Replaces the places, times, contacts and chosen topics of the offers with the file's. */
  async replaceChildren(offers: OfferToWrite[]): Promise<void> {
    if (offers.length === 0) return;
    const manager = this.manager;
    const offerIds = offers.map((offer) => offer.id);
    await manager.query(
      `DELETE FROM locations WHERE id IN (SELECT location_id FROM offer_locations WHERE offer_id = ANY($1))`,
      [offerIds],
    );
    await manager.query(`DELETE FROM schedules WHERE offer_id = ANY($1)`, [offerIds]);
    await manager.query(`DELETE FROM contacts WHERE offer_id = ANY($1)`, [offerIds]);
    await manager.query(`DELETE FROM offer_terms WHERE offer_id = ANY($1)`, [offerIds]);
    const locations = offers.flatMap(({ id, organizationId, offer }) =>
      offer.locations.map((location) => ({
        ...location,
        id: randomUUID(),
        offer_id: id,
        organization_id: organizationId,
      })),
    );
    if (locations.length > 0) {
      await manager.query(
        `WITH input AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS l(id uuid, offer_id uuid, organization_id uuid, name text,
             "address1" text, "postalCode" text, city text, latitude float8, longitude float8, transportation text)
         ), inserted AS (
           INSERT INTO locations (id, organization_id, name, address_1, postal_code, city, latitude, longitude, transportation)
           SELECT id, organization_id, name, "address1", "postalCode", city, latitude, longitude, transportation FROM input
         )
         INSERT INTO offer_locations (offer_id, location_id) SELECT offer_id, id FROM input`,
        [JSON.stringify(locations)],
      );
    }
    const schedules = offers.flatMap(({ id, offer }) =>
      offer.schedules.map((schedule) => ({ ...schedule, offer_id: id })),
    );
    if (schedules.length > 0) {
      await manager.query(
        `INSERT INTO schedules (offer_id, byday, opens_at, closes_at, valid_from, valid_to, description)
         SELECT offer_id, byday, "opensAt"::time, "closesAt"::time, "validFrom"::date, "validTo"::date, description
         FROM jsonb_to_recordset($1::jsonb) AS s(offer_id uuid, byday text[], "opensAt" text, "closesAt" text,
           "validFrom" text, "validTo" text, description text)`,
        [JSON.stringify(schedules)],
      );
    }
    const contacts = offers.flatMap(({ id, offer }) =>
      offer.contacts.map((contact, position) => ({ ...contact, offer_id: id, position })),
    );
    if (contacts.length > 0) {
      await manager.query(
        `INSERT INTO contacts (offer_id, name, title, email, phone, position)
         SELECT offer_id, name, title, email, phone, position
         FROM jsonb_to_recordset($1::jsonb) AS c(offer_id uuid, name text, title text, email text, phone text, position integer)`,
        [JSON.stringify(contacts)],
      );
    }
    const terms = offers.flatMap(({ id, offer }) =>
      offer.termIds.map((termId) => ({ offer_id: id, term_id: termId })),
    );
    if (terms.length > 0) {
      await manager.query(
        `INSERT INTO offer_terms (offer_id, term_id)
         SELECT offer_id, term_id FROM jsonb_to_recordset($1::jsonb) AS t(offer_id uuid, term_id uuid)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(terms)],
      );
    }
  }
}

const OFFER_RECORD = `id uuid, organization_id uuid, status text, name text, alternate_name text, summary text,
  description text, url text, email text, phone text, application_process text, eligibility_description text,
  is_free boolean, fee_amount numeric, fees_description text, attending_types text[], languages text[],
  minimum_age integer, maximum_age integer, schedule_description text, external_id text, import_fingerprint text,
  referral_required boolean, anonymous boolean`;

function offersJson(offers: OfferToWrite[]): string {
  return JSON.stringify(
    offers.map(({ id, organizationId, offer, fingerprint }) => ({
      id,
      organization_id: organizationId,
      status: offer.status,
      name: offer.name,
      alternate_name: offer.alternateName,
      summary: offer.summary,
      description: offer.description,
      url: offer.url,
      email: offer.email,
      phone: offer.phone,
      application_process: offer.applicationProcess,
      eligibility_description: offer.eligibilityDescription,
      is_free: offer.isFree,
      fee_amount: offer.feeAmount,
      fees_description: offer.feesDescription,
      attending_types: offer.attendingTypes,
      languages: offer.languages,
      minimum_age: offer.minimumAge,
      maximum_age: offer.maximumAge,
      schedule_description: offer.scheduleDescription,
      external_id: offer.externalId,
      import_fingerprint: fingerprint,
      referral_required: offer.referralRequired ?? null,
      anonymous: offer.anonymous ?? null,
    })),
  );
}
