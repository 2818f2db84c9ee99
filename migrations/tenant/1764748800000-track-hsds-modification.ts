import { MigrationInterface, QueryRunner } from 'typeorm';

/** Offer columns that never reach an HSDS record (internal bookkeeping), so changing them alone is no modification. */
const OFFER_INTERNAL = [
  'hsds_modified_at',
  'search_vector',
  'version',
  'updated_at',
  'published_at',
  'stale_since',
  'reminded_at',
  'assurer_email',
  'external_id',
  'import_fingerprint',
];
const ORGANIZATION_INTERNAL = ['version', 'updated_at', 'trusted', 'external_id'];
const LOCATION_INTERNAL = ['needs_check'];
const TERM_INTERNAL = ['version', 'updated_at', 'synonyms', 'postcodes', 'minimum_age', 'maximum_age'];

const list = (columns: string[]) => `ARRAY[${columns.map((column) => `'${column}'`).join(', ')}]`;

/** `changed` when a row's columns other than `internal` differ between OLD and NEW. */
const changed = (internal: string[]) =>
  `(to_jsonb(OLD) - ${list(internal)}::text[]) IS DISTINCT FROM (to_jsonb(NEW) - ${list(internal)}::text[])`;

/**
 * `offers.hsds_modified_at`: when the offer's HSDS `service`, or anything it embeds (its
 * organisation, places, times, contacts, terms and their vocabularies), last changed. The HSDS API's
 * `modified_after` and `last_modified` read it, so an incremental consumer sees every change that
 * alters a record it holds. Triggers keep it true whichever code path writes (editor, import,
 * freshness jobs, associations); a touch is a no-op when the offer was already touched in the same
 * transaction, so an import writing many children per offer updates each offer once.
 */
export class TrackHsdsModification1764748800000 implements MigrationInterface {
  name = 'TrackHsdsModification1764748800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`ALTER TABLE offers ADD COLUMN hsds_modified_at timestamptz`);
    await run(`
      UPDATE offers o SET hsds_modified_at = GREATEST(
        o.updated_at,
        (SELECT g.updated_at FROM organizations g WHERE g.id = o.organization_id),
        (SELECT max(t.updated_at) FROM offer_terms ot JOIN taxonomy_terms t ON t.id = ot.term_id
          WHERE ot.offer_id = o.id))`);
    await run(`ALTER TABLE offers ALTER COLUMN hsds_modified_at SET DEFAULT now()`);
    await run(`ALTER TABLE offers ALTER COLUMN hsds_modified_at SET NOT NULL`);
    await run(
      `CREATE INDEX offers_hsds_modified_idx ON offers (hsds_modified_at, id) WHERE status = 'published'`,
    );

    await run(`
      CREATE FUNCTION hsds_offer_modified() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ${changed(OFFER_INTERNAL)} THEN NEW.hsds_modified_at := now(); END IF;
        RETURN NEW;
      END $$`);
    await run(`CREATE TRIGGER offers_hsds_modified BEFORE UPDATE ON offers
               FOR EACH ROW EXECUTE FUNCTION hsds_offer_modified()`);

    // The offers a changed row belongs to ($1 the row's key), each touched once per transaction.
    // Tables are named in the trigger's own schema, not by the search path: a statement that names
    // its schema itself (a script, a test) runs with another search path.
    const touch = (offers: string, key: string) =>
      `EXECUTE format('UPDATE %1$I.offers SET hsds_modified_at = now()
                         WHERE id IN (${offers}) AND hsds_modified_at <> now()', TG_TABLE_SCHEMA) USING ${key};`;

    await run(`
      CREATE FUNCTION hsds_child_modified() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN ${touch('$1', 'OLD.offer_id')} END IF;
        IF TG_OP <> 'DELETE' THEN ${touch('$1', 'NEW.offer_id')} END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['contacts', 'schedules', 'offer_locations', 'offer_terms']) {
      await run(`CREATE TRIGGER ${table}_hsds_modified AFTER INSERT OR UPDATE OR DELETE ON ${table}
                 FOR EACH ROW EXECUTE FUNCTION hsds_child_modified()`);
    }

    const parentTrigger = (table: string, internal: string[], offers: string) => [
      `CREATE FUNCTION hsds_${table}_modified() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF ${changed(internal)} THEN ${touch(offers, 'NEW.id')} END IF;
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER ${table}_hsds_modified AFTER UPDATE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION hsds_${table}_modified()`,
    ];
    const statements = [
      ...parentTrigger(
        'organizations',
        ORGANIZATION_INTERNAL,
        'SELECT o.id FROM %1$I.offers o WHERE o.organization_id = $1',
      ),
      ...parentTrigger(
        'locations',
        LOCATION_INTERNAL,
        'SELECT ol.offer_id FROM %1$I.offer_locations ol WHERE ol.location_id = $1',
      ),
      ...parentTrigger(
        'taxonomy_terms',
        TERM_INTERNAL,
        'SELECT ot.offer_id FROM %1$I.offer_terms ot WHERE ot.term_id = $1',
      ),
      ...parentTrigger(
        'taxonomies',
        [],
        'SELECT ot.offer_id FROM %1$I.offer_terms ot JOIN %1$I.taxonomy_terms t ON t.id = ot.term_id WHERE t.taxonomy_id = $1',
      ),
    ];
    for (const statement of statements) await run(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    for (const table of ['taxonomies', 'taxonomy_terms', 'locations', 'organizations']) {
      await run(`DROP TRIGGER ${table}_hsds_modified ON ${table}`);
      await run(`DROP FUNCTION hsds_${table}_modified()`);
    }
    for (const table of ['contacts', 'schedules', 'offer_locations', 'offer_terms']) {
      await run(`DROP TRIGGER ${table}_hsds_modified ON ${table}`);
    }
    await run(`DROP FUNCTION hsds_child_modified()`);
    await run(`DROP TRIGGER offers_hsds_modified ON offers`);
    await run(`DROP FUNCTION hsds_offer_modified()`);
    await run(`ALTER TABLE offers DROP COLUMN hsds_modified_at`);
  }
}
