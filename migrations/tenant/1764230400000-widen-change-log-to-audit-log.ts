import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's change log becomes the tenant's audit log: the same rows, now also for users,
 * roles, settings and logins, with the acting user's id and IP address.
 */
export class WidenChangeLogToAuditLog1764230400000 implements MigrationInterface {
  name = 'WidenChangeLogToAuditLog1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE catalogue_changes RENAME TO audit_log`);
    await queryRunner.query(`ALTER INDEX catalogue_changes_entity_idx RENAME TO audit_log_entity_idx`);
    await queryRunner.query(`ALTER TABLE audit_log ALTER COLUMN entity_id TYPE text`);
    // A failed login may name no known entity.
    await queryRunner.query(`ALTER TABLE audit_log ALTER COLUMN entity_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE audit_log ADD COLUMN actor_user_id uuid, ADD COLUMN ip inet`);
    await queryRunner.query(`CREATE INDEX audit_log_changed_at_idx ON audit_log (changed_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_log_changed_at_idx`);
    await queryRunner.query(`ALTER TABLE audit_log DROP COLUMN ip, DROP COLUMN actor_user_id`);
    await queryRunner.query(
      `DELETE FROM audit_log WHERE entity_id IS NULL OR entity_type NOT IN ('offer', 'organization', 'taxonomy_term')`,
    );
    await queryRunner.query(`ALTER TABLE audit_log ALTER COLUMN entity_id TYPE uuid USING entity_id::uuid`);
    await queryRunner.query(`ALTER TABLE audit_log ALTER COLUMN entity_id SET NOT NULL`);
    await queryRunner.query(`ALTER INDEX audit_log_entity_idx RENAME TO catalogue_changes_entity_idx`);
    await queryRunner.query(`ALTER TABLE audit_log RENAME TO catalogue_changes`);
  }
}
