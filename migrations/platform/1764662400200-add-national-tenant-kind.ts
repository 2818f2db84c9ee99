import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A third kind of tenant: the national one (e.g. `danmark`), whose offers serve every
 * municipality. Widening a CHECK is expand-only: processes that know two kinds keep working.
 */
export class AddNationalTenantKind1764662400200 implements MigrationInterface {
  name = 'AddNationalTenantKind1764662400200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE tenants DROP CONSTRAINT tenants_kind_check`);
    await queryRunner.query(
      `ALTER TABLE tenants ADD CONSTRAINT tenants_kind_check CHECK (kind IN ('municipality', 'region', 'national'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE tenants DROP CONSTRAINT tenants_kind_check`);
    await queryRunner.query(
      `ALTER TABLE tenants ADD CONSTRAINT tenants_kind_check CHECK (kind IN ('municipality', 'region'))`,
    );
  }
}
