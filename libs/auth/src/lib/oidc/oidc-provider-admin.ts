import { BadRequestException, Injectable } from '@nestjs/common';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { Actor } from '../audit/actor';
import { AuditLog, changedFields } from '../audit/audit-log';
import { OidcConfigDto } from './oidc-config.dto';
import { ClaimMapping, OidcSettingsService } from './oidc-settings';

/** A tenant's OIDC configuration as the platform administrator sees it: the secret only as its source. */
export interface OidcConfigView {
  issuer: string;
  clientId: string;
  clientSecret: { source: 'environment'; variable: string } | { source: 'stored' };
  scopes: string[];
  claimMapping: ClaimMapping;
  selfProvisioning: boolean;
  updatedAt: Date;
}

interface Row {
  issuer: string;
  client_id: string;
  client_secret_env: string | null;
  scopes: string[];
  claim_mapping: ClaimMapping;
  self_provisioning: boolean;
  updated_at: Date;
}

const toView = (row: Row): OidcConfigView => ({
  issuer: row.issuer,
  clientId: row.client_id,
  clientSecret: row.client_secret_env
    ? { source: 'environment', variable: row.client_secret_env }
    : { source: 'stored' },
  scopes: row.scopes,
  claimMapping: row.claim_mapping,
  selfProvisioning: row.self_provisioning,
  updatedAt: row.updated_at,
});

/** Reads and replaces tenants' OIDC configuration; each change lands in that tenant's audit log. */
@Injectable()
export class OidcProviderAdmin {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly settings: OidcSettingsService,
    private readonly auditLog: AuditLog,
  ) {}

  get(tenant: Tenant): Promise<OidcConfigView | null> {
    return this.tenancy.run(tenant, async (manager) => {
      const [row]: Row[] = await manager.query(`SELECT * FROM platform.oidc_providers WHERE tenant_id = $1`, [
        tenant.id,
      ]);
      return row ? toView(row) : null;
    });
  }

  async put(tenant: Tenant, input: OidcConfigDto, actor: Actor): Promise<OidcConfigView> {
    if (input.clientSecret && input.clientSecretEnv) {
      throw invalid('clientSecret', 'Angiv enten clientSecret eller clientSecretEnv, ikke begge.');
    }
    if (input.clientSecret && !this.settings.canSeal()) {
      throw invalid('clientSecret', 'Serveren har ingen SECRETS_KEY: angiv clientSecretEnv i stedet.');
    }
    return this.tenancy.run(tenant, async (manager) => {
      const [before]: Row[] = await manager.query(
        `SELECT * FROM platform.oidc_providers WHERE tenant_id = $1 FOR UPDATE`,
        [tenant.id],
      );
      const secretGiven = Boolean(input.clientSecret || input.clientSecretEnv);
      if (!before && !secretGiven) throw invalid('clientSecret', 'Angiv clientSecret eller clientSecretEnv.');
      const secretColumns = secretGiven
        ? [input.clientSecretEnv ?? null, input.clientSecret ? this.settings.seal(input.clientSecret) : null]
        : null;
      const [row]: Row[] = await manager.query(
        `INSERT INTO platform.oidc_providers
           (tenant_id, issuer, client_id, client_secret_env, client_secret_encrypted, scopes, claim_mapping, self_provisioning)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (tenant_id) DO UPDATE SET issuer = $2, client_id = $3,
           client_secret_env = CASE WHEN $9 THEN $4 ELSE oidc_providers.client_secret_env END,
           client_secret_encrypted = CASE WHEN $9 THEN $5 ELSE oidc_providers.client_secret_encrypted END,
           scopes = $6, claim_mapping = $7, self_provisioning = $8, updated_at = now()
         RETURNING *`,
        [
          tenant.id,
          input.issuer,
          input.clientId,
          secretColumns?.[0] ?? null,
          secretColumns?.[1] ?? null,
          input.scopes ?? ['email', 'profile'],
          JSON.stringify(input.claimMapping ?? {}),
          input.selfProvisioning ?? false,
          secretGiven,
        ],
      );
      const after = toView(row);
      const changes: Record<string, unknown> = before
        ? changedFields(withoutUpdatedAt(toView(before)), withoutUpdatedAt(after))
        : withoutUpdatedAt(after);
      // The log says that the secret changed, never what it is.
      if (secretGiven) Object.assign(changes, { clientSecret: 'changed' });
      await this.auditLog.record({
        entityType: 'oidc_provider',
        entityId: tenant.id,
        action: before ? 'update' : 'create',
        actor,
        changes,
      });
      return after;
    });
  }
}

function withoutUpdatedAt(view: OidcConfigView): Omit<OidcConfigView, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = view;
  return rest;
}

const invalid = (field: string, message: string) =>
  new BadRequestException({
    title: 'Ugyldige oplysninger',
    detail: `${field}: ${message}`,
    errors: [{ field, message }],
  });
