import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tenant's uploaded logo, kept in the database beside its theme so a backup of the platform rows
 * carries it and every API instance serves the same file. One logo per tenant: the theme's
 * `logoUrl` names it by a prefix of its SHA-256, so a new upload is a new address and the old one
 * can be cached for a year.
 */
export class CreateTenantLogos1764576000500 implements MigrationInterface {
  name = 'CreateTenantLogos1764576000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tenant_logos (
        tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/svg+xml', 'image/webp')),
        bytes bytea NOT NULL CHECK (octet_length(bytes) <= 204800),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE tenant_logos');
  }
}
