import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTenantRegistry1764057600000 implements MigrationInterface {
  name = 'CreateTenantRegistry1764057600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9_]{1,40}$'),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('municipality', 'region')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        theme jsonb NOT NULL DEFAULT '{}',
        settings jsonb NOT NULL DEFAULT '{}',
        schema_version integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE tenant_domains (
        host text PRIMARY KEY CHECK (host = lower(host)),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX tenant_domains_tenant_id_idx ON tenant_domains (tenant_id)`);
    await queryRunner.query(`
      CREATE TABLE region_members (
        region_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        -- A municipality belongs to at most one region.
        municipality_id uuid NOT NULL UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
        PRIMARY KEY (region_id, municipality_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE region_members');
    await queryRunner.query('DROP TABLE tenant_domains');
    await queryRunner.query('DROP TABLE tenants');
  }
}
