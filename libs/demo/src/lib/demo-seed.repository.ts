import { queryRow, queryRows } from '@socialkompas/tenancy';
import { EntityManager } from 'typeorm';
import type { DemoContact, DemoLocation, DemoOffer, DemoOrganization, DemoSchedule } from './demo-catalogue';

/** Whether the tenant has no offers at all, in any status. */
export interface CatalogueEmptyRow {
  empty: boolean;
}

/** A term of a vocabulary that demo offers choose from, or a district they are placed in. */
export interface DemoVocabularyTermRow {
  vocabulary: string;
  id: string;
  code: string;
  name: string;
  synonyms: string[];
  postcodes: string[];
}

/** The oldest organisation of a name the tenant already has. */
export interface ExistingOrganizationRow {
  id: string;
  name: string;
}

export type NewDemoOrganization = DemoOrganization & { id: string };
export type NewDemoOffer = Omit<DemoOffer, 'locations' | 'schedules' | 'contacts' | 'terms'> & {
  id: string;
  organizationId: string;
};
export type NewDemoLocation = DemoLocation & { id: string; offerId: string; organizationId: string };
export type NewDemoSchedule = DemoSchedule & { offerId: string };
export type NewDemoContact = DemoContact & { offerId: string; position: number };

/**
 * The demo seeder's SQL: set-based inserts of whole batches (one statement per table, the rows as a
 * JSON array), in the unit of work whose manager it is given.
 */
export class DemoSeedRepository {
  constructor(private readonly manager: EntityManager) {}

  async isCatalogueEmpty(): Promise<boolean> {
    const row = await queryRow<CatalogueEmptyRow>(
      this.manager,
      'SELECT NOT EXISTS (SELECT 1 FROM offers) AS empty',
    );
    return row?.empty ?? true;
  }

  /** The chosen vocabularies' terms and the districts, in display order. */
  vocabularyTerms(): Promise<DemoVocabularyTermRow[]> {
    return queryRows<DemoVocabularyTermRow>(
      this.manager,
      `SELECT x.code AS vocabulary, t.id, t.code, t.name, t.synonyms, t.postcodes
     FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id
     WHERE x.code IN ('challenge', 'target_group', 'activity', 'district')
     ORDER BY x.code, t.position, t.code`,
    );
  }

  /** Per name, the tenant's oldest organisation of that name. */
  organizationsNamed(names: string[]): Promise<ExistingOrganizationRow[]> {
    return queryRows<ExistingOrganizationRow>(
      this.manager,
      `SELECT DISTINCT ON (name) id, name FROM organizations WHERE name = ANY($1) ORDER BY name, created_at, id`,
      [names],
    );
  }

  async insertOrganizations(organizations: NewDemoOrganization[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO organizations (id, status, name, alternate_name, description, email, website, phone, tax_id)
       SELECT o.id, 'published', o.name, o."alternateName", o.description, o.email, o.website, o.phone, o."taxId"
       FROM jsonb_to_recordset($1::jsonb) AS o(
         id uuid, name text, "alternateName" text, description text, email text, website text, phone text, "taxId" text)`,
      [JSON.stringify(organizations)],
    );
  }

  async insertOffers(offers: NewDemoOffer[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO offers (id, organization_id, status, name, alternate_name, summary, description, url, email, phone,
       application_process, eligibility_description, is_free, fee_amount, fees_description, referral_required,
       anonymous, attending_types, languages, minimum_age, maximum_age, schedule_description, assured_date,
       assurer_email, published_at, created_at, updated_at)
     SELECT o.id, o."organizationId", o.status, o.name, o."alternateName", o.summary, o.description, o.url, o.email,
       o.phone, o."applicationProcess", o."eligibilityDescription", o."isFree", o."feeAmount", o."feesDescription",
       o."referralRequired", o.anonymous, o."attendingTypes", o.languages, o."minimumAge", o."maximumAge",
       o."scheduleDescription", o."assuredDate", o."assurerEmail", o."publishedAt", o."createdAt", o."updatedAt"
     FROM jsonb_to_recordset($1::jsonb) AS o(
       id uuid, "organizationId" uuid, status text, name text, "alternateName" text, summary text, description text,
       url text, email text, phone text, "applicationProcess" text, "eligibilityDescription" text, "isFree" boolean,
       "feeAmount" numeric, "feesDescription" text, "referralRequired" boolean, anonymous boolean,
       "attendingTypes" text[], languages text[], "minimumAge" integer, "maximumAge" integer,
       "scheduleDescription" text, "assuredDate" date, "assurerEmail" text, "publishedAt" timestamptz,
       "createdAt" timestamptz, "updatedAt" timestamptz)`,
      [JSON.stringify(offers)],
    );
  }

  /** Inserts the places and links each to its offer. */
  async insertLocations(locations: NewDemoLocation[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO locations (id, organization_id, name, address_1, postal_code, city, latitude, longitude,
         accessibility, transportation)
       SELECT l.id, l."organizationId", l.name, l.address1, l."postalCode", l.city, l.latitude, l.longitude,
         l.accessibility, l.transportation
       FROM jsonb_to_recordset($1::jsonb) AS l(
         id uuid, "organizationId" uuid, name text, address1 text, "postalCode" text, city text,
         latitude double precision, longitude double precision, accessibility text, transportation text)`,
      [JSON.stringify(locations)],
    );
    await this.manager.query(
      `INSERT INTO offer_locations (offer_id, location_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [locations.map((location) => location.offerId), locations.map((location) => location.id)],
    );
  }

  async insertSchedules(schedules: NewDemoSchedule[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO schedules (offer_id, byday, opens_at, closes_at, description)
       SELECT s."offerId", s.byday, s."opensAt", s."closesAt", s.description
       FROM jsonb_to_recordset($1::jsonb) AS s("offerId" uuid, byday text[], "opensAt" time, "closesAt" time, description text)`,
      [JSON.stringify(schedules)],
    );
  }

  async insertContacts(contacts: NewDemoContact[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO contacts (offer_id, name, title, email, phone, position)
     SELECT c."offerId", c.name, c.title, c.email, c.phone, c.position
     FROM jsonb_to_recordset($1::jsonb) AS c("offerId" uuid, name text, title text, email text, phone text, position integer)`,
      [JSON.stringify(contacts)],
    );
  }

  /** Links offers to chosen terms, pairwise: `offerIds[i]` gets `termIds[i]`. */
  async linkTerms(offerIds: string[], termIds: string[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO offer_terms (offer_id, term_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
      [offerIds, termIds],
    );
  }

  /** One `create` entry per seeded row in the audit log, named as the row, dated `createdAt[i]` or now. */
  async recordCreated(
    entityType: 'offer' | 'organization',
    ids: string[],
    createdAt: string[] | null,
    actor: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO audit_log (entity_type, entity_id, entity_label, action, actor, changes, changed_at)
     SELECT $1, entity.id,
       CASE $1 WHEN 'offer' THEN (SELECT o.name FROM offers o WHERE o.id = entity.id)
               ELSE (SELECT g.name FROM organizations g WHERE g.id = entity.id) END,
       'create', $3, $4::jsonb, coalesce(entity.created_at, now())
     FROM unnest($2::uuid[], $5::timestamptz[]) AS entity(id, created_at)`,
      [entityType, ids, actor, JSON.stringify(changes), createdAt ?? ids.map(() => null)],
    );
  }

  /** Refreshes the planner's statistics of the tables the search index looks offers up in. */
  async analyzeCatalogue(): Promise<void> {
    await this.manager.query(
      'ANALYZE offers (id, organization_id), offer_terms, offer_locations, locations (id)',
    );
  }
}
