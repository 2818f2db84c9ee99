import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff identities, their memberships of tenants, each tenant's OIDC issuer, and login sessions. */
export class CreateStaffAccess1764230400000 implements MigrationInterface {
  name = 'CreateStaffAccess1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oidc_providers (
        tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
        issuer text NOT NULL CHECK (issuer ~ '^https?://'),
        client_id text NOT NULL,
        -- The secret is either named (an environment variable) or stored encrypted, never in clear.
        -- Only variables meant for it: any other name would send e.g. DATABASE_URL to the issuer.
        client_secret_env text CHECK (client_secret_env ~ '^OIDC_CLIENT_SECRET_[A-Z0-9_]{1,64}$'),
        client_secret_encrypted text,
        scopes text[] NOT NULL DEFAULT '{email,profile}',
        claim_mapping jsonb NOT NULL DEFAULT '{}',
        self_provisioning boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((client_secret_env IS NULL) <> (client_secret_encrypted IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer text NOT NULL,
        subject text NOT NULL,
        email text,
        name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        UNIQUE (issuer, subject)
      )`);
    await queryRunner.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        -- NULL while the invitation has not been accepted by a first login.
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('platform_admin', 'tenant_admin', 'editor', 'staff', 'regional_coordinator')),
        status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'deactivated')),
        -- 'claim': self-provisioned, so the role follows the IdP's group claim at every login.
        source text NOT NULL DEFAULT 'invitation' CHECK (source IN ('invitation', 'claim')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((user_id IS NULL) = (status = 'invited')),
        UNIQUE (tenant_id, email)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX memberships_tenant_user_idx ON memberships (tenant_id, user_id) WHERE user_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        -- SHA-256 of the session id: a leaked table row is not a usable cookie.
        id_hash text PRIMARY KEY,
        tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        data jsonb NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX sessions_expires_at_idx ON sessions (expires_at)`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE sessions');
    await queryRunner.query('DROP TABLE memberships');
    await queryRunner.query('DROP TABLE users');
    await queryRunner.query('DROP TABLE oidc_providers');
  }
}
