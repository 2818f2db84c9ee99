import { MigrationInterface, QueryRunner } from 'typeorm';

const LIFECYCLE = `CHECK (status IN ('draft', 'in_review', 'published', 'archived'))`;

/**
 * The offer catalogue, aligned with HSDS 3.0: offers (HSDS `service`), locations and their link to
 * offers, vocabularies (HSDS `taxonomy`/`taxonomy_term`) with Danish synonyms, contacts and
 * schedules; plus the editorial change log, citizens' error reports, the search log and the word
 * list behind typo tolerance. Column names follow HSDS where HSDS has the concept.
 */
export class CreateOfferCatalogue1764144000000 implements MigrationInterface {
  name = 'CreateOfferCatalogue1764144000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);

    // Organisations existed before the lifecycle and were public: they stay published.
    await run(`ALTER TABLE organizations ADD COLUMN status text NOT NULL DEFAULT 'published' ${LIFECYCLE}`);
    await run(`ALTER TABLE organizations ALTER COLUMN status SET DEFAULT 'draft'`);

    await run(`
      CREATE TABLE taxonomies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        description text NOT NULL DEFAULT ''
      )`);
    await run(`
      CREATE TABLE taxonomy_terms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        taxonomy_id uuid NOT NULL REFERENCES taxonomies (id),
        code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        synonyms text[] NOT NULL DEFAULT '{}',
        minimum_age integer CHECK (minimum_age >= 0),
        maximum_age integer CHECK (maximum_age >= minimum_age),
        postcodes text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (taxonomy_id, code)
      )`);

    await run(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        status text NOT NULL DEFAULT 'draft' ${LIFECYCLE},
        name text NOT NULL,
        alternate_name text,
        summary text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        url text,
        email text,
        phone text,
        application_process text NOT NULL DEFAULT '',
        eligibility_description text NOT NULL DEFAULT '',
        is_free boolean NOT NULL DEFAULT true,
        fee_amount numeric(10, 2) CHECK (fee_amount >= 0),
        fees_description text NOT NULL DEFAULT '',
        referral_required boolean NOT NULL DEFAULT false,
        anonymous boolean NOT NULL DEFAULT false,
        attending_types text[] NOT NULL DEFAULT '{in_person}'
          CHECK (attending_types <@ ARRAY['in_person', 'online', 'phone'] AND cardinality(attending_types) > 0),
        languages text[] NOT NULL DEFAULT '{da}',
        minimum_age integer CHECK (minimum_age BETWEEN 0 AND 130),
        maximum_age integer CHECK (maximum_age BETWEEN 0 AND 130 AND maximum_age >= minimum_age),
        schedule_description text NOT NULL DEFAULT '',
        assured_date date,
        assurer_email text,
        published_at timestamptz,
        term_ids uuid[] NOT NULL DEFAULT '{}',
        search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await run(
      `CREATE INDEX offers_search_idx ON offers USING gin (search_vector) WHERE status = 'published'`,
    );
    await run(`CREATE INDEX offers_terms_idx ON offers USING gin (term_ids) WHERE status = 'published'`);
    await run(`CREATE INDEX offers_name_trgm_idx ON offers USING gin (fold_text(name) gin_trgm_ops)`);
    await run(`CREATE INDEX offers_organization_idx ON offers (organization_id)`);
    await run(`CREATE INDEX offers_status_idx ON offers (status, published_at DESC)`);

    await run(`
      CREATE TABLE locations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid REFERENCES organizations (id),
        name text NOT NULL DEFAULT '',
        address_1 text NOT NULL DEFAULT '',
        postal_code text NOT NULL CHECK (postal_code ~ '^[0-9]{4}$'),
        city text NOT NULL DEFAULT '',
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        accessibility text NOT NULL DEFAULT '',
        transportation text NOT NULL DEFAULT '',
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
    await run(`CREATE INDEX locations_postal_code_idx ON locations (postal_code)`);
    await run(`
      CREATE TABLE offer_locations (
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        location_id uuid NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
        PRIMARY KEY (offer_id, location_id)
      )`);
    await run(`CREATE INDEX offer_locations_location_idx ON offer_locations (location_id)`);

    await run(`
      CREATE TABLE offer_terms (
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        term_id uuid NOT NULL REFERENCES taxonomy_terms (id),
        PRIMARY KEY (offer_id, term_id)
      )`);
    await run(`CREATE INDEX offer_terms_term_idx ON offer_terms (term_id)`);

    await run(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        name text NOT NULL,
        title text NOT NULL DEFAULT '',
        email text,
        phone text,
        position integer NOT NULL DEFAULT 0
      )`);
    await run(`CREATE INDEX contacts_offer_idx ON contacts (offer_id)`);

    await run(`
      CREATE TABLE schedules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        byday text[] NOT NULL CHECK (byday <@ ARRAY['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] AND cardinality(byday) > 0),
        opens_at time NOT NULL,
        closes_at time NOT NULL CHECK (closes_at > opens_at),
        valid_from date,
        valid_to date CHECK (valid_to >= valid_from),
        description text NOT NULL DEFAULT ''
      )`);
    await run(`CREATE INDEX schedules_offer_idx ON schedules (offer_id)`);

    await run(`
      CREATE TABLE catalogue_changes (
        id bigserial PRIMARY KEY,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL,
        actor text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}',
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await run(
      `CREATE INDEX catalogue_changes_entity_idx ON catalogue_changes (entity_type, entity_id, changed_at)`,
    );

    await run(`
      CREATE TABLE error_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        message text NOT NULL,
        reporter_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz
      )`);
    await run(`CREATE INDEX error_reports_open_idx ON error_reports (created_at) WHERE resolved_at IS NULL`);

    // No IP, no user, no session: only what was asked and how many answers it got.
    await run(`
      CREATE TABLE search_log (
        id bigserial PRIMARY KEY,
        searched_at timestamptz NOT NULL DEFAULT now(),
        query text NOT NULL DEFAULT '',
        term_ids uuid[] NOT NULL DEFAULT '{}',
        filters jsonb NOT NULL DEFAULT '{}',
        result_count integer NOT NULL
      )`);
    await run(`CREATE INDEX search_log_searched_at_idx ON search_log (searched_at)`);

    // Bumped in the transaction of every change that alters what search returns, so each API
    // process knows when its in-memory search snapshot of this tenant is out of date.
    await run(`CREATE TABLE search_state (generation bigint NOT NULL)`);
    await run(`INSERT INTO search_state (generation) VALUES (1)`);

    // The words of titles and vocabularies: the dictionary for typo tolerance and "did you mean".
    await run(`
      CREATE TABLE search_words (
        word text PRIMARY KEY,
        folded text NOT NULL GENERATED ALWAYS AS (fold_text(word)) STORED
      )`);
    await run(`CREATE INDEX search_words_folded_idx ON search_words (folded text_pattern_ops)`);
    await run(`CREATE INDEX search_words_trgm_idx ON search_words USING gin (folded gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'search_words',
      'search_state',
      'search_log',
      'error_reports',
      'catalogue_changes',
      'schedules',
      'contacts',
      'offer_terms',
      'offer_locations',
      'locations',
      'offers',
      'taxonomy_terms',
      'taxonomies',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query('ALTER TABLE organizations DROP COLUMN status');
  }
}
