import { BadRequestException, Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { Actor } from '../audit/actor';
import { AuditLog, changedFields } from '../audit/audit-log';
import { ClaimMappingDto, OidcConfigDto } from './oidc-config.dto';
import { OidcProviderRow, OidcProvidersRepository } from './oidc-providers.repository';
import { ClaimMapping, OidcSettingsService } from './oidc-settings';

/** Where a client secret is kept: named environment variable, or stored encrypted. */
export class ClientSecretSource {
  @ApiProperty({ enum: ['environment', 'stored'] })
  source!: 'environment' | 'stored';

  @ApiPropertyOptional({ example: 'OIDC_CLIENT_SECRET_AARHUS', description: 'With source environment' })
  variable?: string;
}

/** A tenant's OIDC configuration as the platform administrator sees it: the secret only as its source. */
export class OidcConfigView {
  @ApiProperty({ example: 'https://login.microsoftonline.com/<directory-id>/v2.0' })
  issuer!: string;

  @ApiProperty()
  clientId!: string;

  @ApiProperty({ type: ClientSecretSource })
  clientSecret!: ClientSecretSource;

  @ApiProperty({ type: [String], example: ['email', 'profile'] })
  scopes!: string[];

  @ApiProperty({ type: ClaimMappingDto })
  claimMapping!: ClaimMapping;

  @ApiProperty()
  selfProvisioning!: boolean;

  @ApiProperty()
  updatedAt!: Date;
}

const toView = (row: OidcProviderRow): OidcConfigView => ({
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
    // The command line builds this service by hand without a repository; Nest passes its provider.
    private readonly providers: OidcProvidersRepository = new OidcProvidersRepository(),
  ) {}

  get(tenant: Tenant): Promise<OidcConfigView | null> {
    return this.tenancy.run(tenant, async (manager) => {
      const row = await this.providers.find(manager, tenant.id);
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
      const before = await this.providers.lock(manager, tenant.id);
      const secretGiven = Boolean(input.clientSecret || input.clientSecretEnv);
      // A kept secret may only go to the issuer and client it was made for.
      const sameClient = before && before.issuer === input.issuer && before.client_id === input.clientId;
      if (!secretGiven && !sameClient) {
        throw invalid(
          'clientSecret',
          before
            ? 'En ny udsteder eller et nyt klient-id kræver også en ny clientSecret eller clientSecretEnv.'
            : 'Angiv clientSecret eller clientSecretEnv.',
        );
      }
      const settings = {
        issuer: input.issuer,
        clientId: input.clientId,
        scopes: input.scopes ?? ['email', 'profile'],
        claimMapping: input.claimMapping ?? {},
        selfProvisioning: input.selfProvisioning ?? false,
      };
      const secret = secretGiven
        ? {
            env: input.clientSecretEnv ?? null,
            encrypted: input.clientSecret ? this.settings.seal(input.clientSecret) : null,
          }
        : null;
      // Without a row before, the check above has made sure a secret is given.
      const row =
        before || !secret
          ? await this.providers.update(manager, tenant.id, settings, secret)
          : await this.providers.insert(manager, tenant.id, settings, secret);
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
