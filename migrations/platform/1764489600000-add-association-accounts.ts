import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Association accounts: the `association` role, bound to one organisation of the tenant, and the
 * e-mail links they log in with. The organisation is a row of the tenant's own schema, so no
 * foreign key can reach it from here: the membership names it, and every query that uses it runs
 * inside that tenant's schema, where another tenant's id finds nothing.
 */
export class AddAssociationAccounts1764489600000 implements MigrationInterface {
  name = 'AddAssociationAccounts1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`ALTER TABLE memberships ADD COLUMN organization_id uuid`);
    await run(`ALTER TABLE memberships DROP CONSTRAINT memberships_role_check`);
    await run(`
      ALTER TABLE memberships ADD CONSTRAINT memberships_role_check
        CHECK (role IN ('platform_admin', 'tenant_admin', 'editor', 'staff', 'regional_coordinator', 'association'))`);
    await run(`
      ALTER TABLE memberships ADD CONSTRAINT memberships_association_organization_check
        CHECK ((role = 'association') = (organization_id IS NOT NULL))`);
    await run(
      `CREATE INDEX memberships_organization_idx ON memberships (tenant_id, organization_id) WHERE organization_id IS NOT NULL`,
    );
    await run(`
      CREATE TABLE email_login_links (
        -- SHA-256 of the token: the table never holds a usable link.
        token_hash text PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        -- invitation: the first link, which lives longer than a login link.
        purpose text NOT NULL CHECK (purpose IN ('login', 'invitation')),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await run(`CREATE INDEX email_login_links_expires_at_idx ON email_login_links (expires_at)`);
    await run(`
      CREATE TABLE email_login_requests (
        id bigserial PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        -- The address as a SHA-256: counting needs no list of the addresses people typed.
        address_hash text NOT NULL,
        ip inet,
        requested_at timestamptz NOT NULL DEFAULT now()
      )`);
    await run(
      `CREATE INDEX email_login_requests_address_idx ON email_login_requests (tenant_id, address_hash, requested_at)`,
    );
    await run(`CREATE INDEX email_login_requests_ip_idx ON email_login_requests (tenant_id, ip, requested_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run('DROP TABLE email_login_requests');
    await run('DROP TABLE email_login_links');
    await run(`DELETE FROM memberships WHERE role = 'association'`);
    await run('DROP INDEX memberships_organization_idx');
    await run('ALTER TABLE memberships DROP CONSTRAINT memberships_association_organization_check');
    await run('ALTER TABLE memberships DROP CONSTRAINT memberships_role_check');
    await run(`
      ALTER TABLE memberships ADD CONSTRAINT memberships_role_check
        CHECK (role IN ('platform_admin', 'tenant_admin', 'editor', 'staff', 'regional_coordinator'))`);
    await run('ALTER TABLE memberships DROP COLUMN organization_id');
  }
}
