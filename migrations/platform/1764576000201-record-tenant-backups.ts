import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whole-tenant backups as the platform records them, and the platform's own log of what was done
 * to whole tenants. Neither refers to the tenant by foreign key: both must outlive a deleted
 * tenant (its schema and its own audit log go with it).
 */
export class RecordTenantBackups1764576000201 implements MigrationInterface {
  name = 'RecordTenantBackups1764576000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tenant_backups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        tenant_slug text NOT NULL,
        -- What the tenant looked like when it was taken: a later change makes it stale.
        tenant_changed_at timestamptz NOT NULL,
        file_name text NOT NULL,
        bytes bigint NOT NULL,
        sha256 text NOT NULL,
        taken_by text NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX tenant_backups_tenant_idx ON tenant_backups (tenant_id, taken_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE platform_audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_label text NOT NULL,
        action text NOT NULL,
        tenant_id uuid,
        tenant_slug text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(
      `CREATE INDEX platform_audit_log_tenant_idx ON platform_audit_log (tenant_slug, at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE platform_audit_log');
    await queryRunner.query('DROP TABLE tenant_backups');
  }
}
