import { Injectable } from '@nestjs/common';
import { queryChanges, queryRow, queryRows } from '@socialkompas/tenancy';
import type { EntityManager } from 'typeorm';
import type { OidcPreset } from './oidc-presets';
import type { ClaimMapping } from './oidc-settings';

/** A row of `platform.oidc_providers`: one tenant's relying-party configuration. */
export interface OidcProviderRow {
  tenant_id: string;
  issuer: string;
  client_id: string;
  /** Either this names an environment variable, or the secret is stored encrypted; never both. */
  client_secret_env: string | null;
  client_secret_encrypted: string | null;
  scopes: string[];
  claim_mapping: ClaimMapping;
  self_provisioning: boolean;
  allowed_origins: string[];
  preset: OidcPreset;
  last_tested_at: Date | null;
  last_test_ok: boolean | null;
  updated_at: Date;
}

/** What login reads of a tenant's configuration. */
export type OidcLoginSettingsRow = Omit<OidcProviderRow, 'updated_at' | 'last_tested_at' | 'last_test_ok'>;

/** The settings a platform administrator replaces, the secret apart. */
export interface OidcProviderSettings {
  issuer: string;
  clientId: string;
  scopes: string[];
  claimMapping: ClaimMapping;
  selfProvisioning: boolean;
  allowedOrigins: string[];
  preset: OidcPreset;
}

/** Where the client secret now is: the name of an environment variable, or the sealed secret. */
export interface OidcClientSecretColumns {
  env: string | null;
  encrypted: string | null;
}

/**
 * `platform.oidc_providers`. Each method runs on the manager its caller gives: login reads on a
 * pooled connection of its own, the platform administrator's change in the tenant's unit of work,
 * where it commits together with its audit record.
 */
@Injectable()
export class OidcProvidersRepository {
  findLoginSettings(manager: EntityManager, tenantId: string): Promise<OidcLoginSettingsRow | undefined> {
    return queryRow<OidcLoginSettingsRow>(
      manager,
      `SELECT tenant_id, issuer, client_id, client_secret_env, client_secret_encrypted, scopes, claim_mapping, self_provisioning,
              allowed_origins, preset
       FROM platform.oidc_providers WHERE tenant_id = $1`,
      [tenantId],
    );
  }

  find(manager: EntityManager, tenantId: string): Promise<OidcProviderRow | undefined> {
    return queryRow<OidcProviderRow>(manager, `SELECT * FROM platform.oidc_providers WHERE tenant_id = $1`, [
      tenantId,
    ]);
  }

  /** The configuration, locked until the unit of work ends. */
  lock(manager: EntityManager, tenantId: string): Promise<OidcProviderRow | undefined> {
    return queryRow<OidcProviderRow>(
      manager,
      `SELECT * FROM platform.oidc_providers WHERE tenant_id = $1 FOR UPDATE`,
      [tenantId],
    );
  }

  /** Replaces the settings, and the secret where one is given (null keeps the stored one). */
  async update(
    manager: EntityManager,
    tenantId: string,
    settings: OidcProviderSettings,
    secret: OidcClientSecretColumns | null,
  ): Promise<OidcProviderRow> {
    const { rows } = await queryChanges<OidcProviderRow>(
      manager,
      `UPDATE platform.oidc_providers SET issuer = $2, client_id = $3, scopes = $4, claim_mapping = $5,
               self_provisioning = $6, allowed_origins = $7, preset = $8, updated_at = now()
               ${secret ? ', client_secret_env = $9, client_secret_encrypted = $10' : ''}
             WHERE tenant_id = $1 RETURNING *`,
      [tenantId, ...settingsValues(settings), ...(secret ? [secret.env, secret.encrypted] : [])],
    );
    return rows[0];
  }

  /** Points the tenant at the running development IdP (demo only): a row with no secret of its own. */
  async useDevelopmentIdp(
    manager: EntityManager,
    tenantId: string,
    connection: { issuer: string; clientId: string },
  ): Promise<OidcProviderRow> {
    const [row] = await queryRows<OidcProviderRow>(
      manager,
      `INSERT INTO platform.oidc_providers (tenant_id, issuer, client_id, scopes, preset)
             VALUES ($1, $2, $3, '{email,profile,groups}', 'development')
       ON CONFLICT (tenant_id) DO UPDATE SET issuer = $2, client_id = $3, scopes = '{email,profile,groups}',
             claim_mapping = '{}', self_provisioning = false, allowed_origins = '{}', preset = 'development',
             client_secret_env = NULL, client_secret_encrypted = NULL, updated_at = now()
       RETURNING *`,
      [tenantId, connection.issuer, connection.clientId],
    );
    return row;
  }

  /** What the last "Test forbindelse" of the saved configuration found. */
  async recordTest(manager: EntityManager, tenantId: string, ok: boolean): Promise<void> {
    await queryChanges(
      manager,
      `UPDATE platform.oidc_providers SET last_tested_at = now(), last_test_ok = $2 WHERE tenant_id = $1`,
      [tenantId, ok],
    );
  }

  /** Every client secret stored encrypted, locked for sealing again in the caller's transaction. */
  sealedSecrets(manager: EntityManager): Promise<{ tenant_id: string; client_secret_encrypted: string }[]> {
    return queryRows(
      manager,
      `SELECT tenant_id, client_secret_encrypted FROM platform.oidc_providers
        WHERE client_secret_encrypted IS NOT NULL FOR UPDATE`,
    );
  }

  async replaceSealedSecret(manager: EntityManager, tenantId: string, sealed: string): Promise<void> {
    await queryChanges(
      manager,
      `UPDATE platform.oidc_providers SET client_secret_encrypted = $2, updated_at = now() WHERE tenant_id = $1`,
      [tenantId, sealed],
    );
  }

  async insert(
    manager: EntityManager,
    tenantId: string,
    settings: OidcProviderSettings,
    secret: OidcClientSecretColumns,
  ): Promise<OidcProviderRow> {
    const [row] = await queryRows<OidcProviderRow>(
      manager,
      `INSERT INTO platform.oidc_providers
               (tenant_id, issuer, client_id, scopes, claim_mapping, self_provisioning, allowed_origins, preset,
                client_secret_env, client_secret_encrypted)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [tenantId, ...settingsValues(settings), secret.env, secret.encrypted],
    );
    return row;
  }
}

const settingsValues = (settings: OidcProviderSettings) => [
  settings.issuer,
  settings.clientId,
  settings.scopes,
  JSON.stringify(settings.claimMapping),
  settings.selfProvisioning,
  settings.allowedOrigins,
  settings.preset,
];
