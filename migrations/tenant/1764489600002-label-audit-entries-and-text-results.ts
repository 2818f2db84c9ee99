import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two things the editors' pages need in words rather than ids:
 * - `audit_log.entity_label`: what the entry was about as it was called then ("Besøgsven til
 *   ensomme ældre"), recorded with the entry, since the audit log cannot read the catalogue. Older
 *   entries get the name their offer, organisation, term or suggestion has now; the rest stay empty
 *   and read without a name.
 * - `search_log.text_result_count`: how many offers the text alone found, before the filters, so the
 *   statistics can tell "nothing for this text" from "nothing with these filters". Empty for a
 *   search without text and for searches logged before.
 */
export class LabelAuditEntriesAndTextResults1764489600002 implements MigrationInterface {
  name = 'LabelAuditEntriesAndTextResults1764489600002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_log ADD COLUMN entity_label text`);
    for (const [entityType, table] of [
      ['offer', 'offers'],
      ['organization', 'organizations'],
      ['taxonomy_term', 'taxonomy_terms'],
      ['offer_suggestion', 'offer_suggestions'],
    ]) {
      await queryRunner.query(
        `UPDATE audit_log a SET entity_label = e.name FROM ${table} e
         WHERE a.entity_type = $1 AND a.entity_id = e.id::text`,
        [entityType],
      );
    }
    await queryRunner.query(
      `UPDATE audit_log SET entity_label = changes->>'email'
       WHERE entity_type = 'membership' AND jsonb_typeof(changes->'email') = 'string'`,
    );
    await queryRunner.query(`ALTER TABLE search_log ADD COLUMN text_result_count integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE search_log DROP COLUMN text_result_count`);
    await queryRunner.query(`ALTER TABLE audit_log DROP COLUMN entity_label`);
  }
}
