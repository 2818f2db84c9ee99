import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tenant's identity provider gets: the extra origins its discovery document may name (most
 * need none: an endpoint must otherwise share the issuer's origin), the preset it was set up
 * with, and the outcome of the last "Test forbindelse". The `development` preset means "the
 * running development IdP" (demo only), which has no secret of its own to store.
 */
export class AddOidcOriginsPresetsAndTests1764576000100 implements MigrationInterface {
  name = 'AddOidcOriginsPresetsAndTests1764576000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`ALTER TABLE oidc_providers ADD COLUMN allowed_origins text[] NOT NULL DEFAULT '{}'`);
    await run(`
      ALTER TABLE oidc_providers ADD COLUMN preset text NOT NULL DEFAULT 'other'
        CHECK (preset IN ('entra_id', 'os2faktor', 'keycloak', 'other', 'development'))`);
    await run(`ALTER TABLE oidc_providers ADD COLUMN last_tested_at timestamptz`);
    await run(`ALTER TABLE oidc_providers ADD COLUMN last_test_ok boolean`);
    await run(`ALTER TABLE oidc_providers DROP CONSTRAINT oidc_providers_check`);
    await run(`
      ALTER TABLE oidc_providers ADD CONSTRAINT oidc_providers_secret_check
        CHECK (CASE WHEN preset = 'development'
                    THEN client_secret_env IS NULL AND client_secret_encrypted IS NULL
                    ELSE (client_secret_env IS NULL) <> (client_secret_encrypted IS NULL) END)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`DELETE FROM oidc_providers WHERE preset = 'development'`);
    await run('ALTER TABLE oidc_providers DROP CONSTRAINT oidc_providers_secret_check');
    await run(`
      ALTER TABLE oidc_providers ADD CONSTRAINT oidc_providers_check
        CHECK ((client_secret_env IS NULL) <> (client_secret_encrypted IS NULL))`);
    await run('ALTER TABLE oidc_providers DROP COLUMN last_test_ok');
    await run('ALTER TABLE oidc_providers DROP COLUMN last_tested_at');
    await run('ALTER TABLE oidc_providers DROP COLUMN preset');
    await run('ALTER TABLE oidc_providers DROP COLUMN allowed_origins');
  }
}
