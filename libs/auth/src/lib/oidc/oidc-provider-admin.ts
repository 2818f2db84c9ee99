import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { Actor } from '../audit/actor';
import { AuditLog, changedFields } from '../audit/audit-log';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';
import { ClaimMappingDto, OidcConfigDto } from './oidc-config.dto';
import { OidcProviderRow, OidcProvidersRepository } from './oidc-providers.repository';
import { OidcHttp, OidcRequestError } from './oidc-http';
import { OIDC_PRESETS, OidcPreset, presetIssuerProblem } from './oidc-presets';
import { ClaimMapping, OidcSettingsService } from './oidc-settings';

/** Where a client secret is kept: named environment variable, or stored encrypted. */
export class ClientSecretSource {
  @ApiProperty({ enum: ['environment', 'stored'] })
  source!: 'environment' | 'stored';

  @ApiPropertyOptional({ example: 'OIDC_CLIENT_SECRET_AARHUS', description: 'With source environment' })
  variable?: string;
}

/** The outcome of the last "Test forbindelse" of the saved configuration. */
export class OidcLastTest {
  @ApiProperty()
  at!: Date;

  @ApiProperty()
  ok!: boolean;
}

/** A tenant's OIDC configuration as the platform administrator sees it: the secret only as its source. */
export class OidcConfigView {
  @ApiProperty({ enum: OIDC_PRESETS })
  preset!: OidcPreset;

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

  @ApiProperty({ type: [String] })
  allowedOrigins!: string[];

  @ApiPropertyOptional({ type: OidcLastTest, description: 'Absent until the saved configuration is tested' })
  lastTest?: OidcLastTest;

  @ApiProperty()
  updatedAt!: Date;
}

const toView = (row: OidcProviderRow): OidcConfigView => ({
  preset: row.preset,
  issuer: row.issuer,
  clientId: row.client_id,
  clientSecret: row.client_secret_env
    ? { source: 'environment', variable: row.client_secret_env }
    : { source: 'stored' },
  scopes: row.scopes,
  claimMapping: row.claim_mapping,
  selfProvisioning: row.self_provisioning,
  allowedOrigins: row.allowed_origins,
  ...(row.last_tested_at && row.last_test_ok !== null
    ? { lastTest: { at: row.last_tested_at, ok: row.last_test_ok } }
    : {}),
  updatedAt: row.updated_at,
});

/** What to register the app with at the tenant's IdP. */
export class OidcRegistrationView {
  @ApiProperty({ example: 'https://odder.socialkompas.dk/auth/callback' })
  redirectUri!: string;

  @ApiProperty({ example: 'https://odder.socialkompas.dk/' })
  postLogoutRedirectUri!: string;

  @ApiProperty({
    description: 'Whether the development IdP runs here (the demo): it can be chosen in one action',
  })
  developmentIdpAvailable!: boolean;
}

/** Who changes the configuration: a tenant's own administrator may not name a server environment variable. */
export type OidcEditor = 'platform' | 'tenant';

/** Reads and replaces tenants' OIDC configuration; each change lands in that tenant's audit log. */
@Injectable()
export class OidcProviderAdmin {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly settings: OidcSettingsService,
    private readonly auditLog: AuditLog,
    private readonly http: OidcHttp,
    @Inject(AUTH_OPTIONS) private readonly options: Pick<AuthOptions, 'developmentIdp' | 'publicUrlOf'>,
    // The command line builds this service by hand without a repository; Nest passes its provider.
    private readonly providers: OidcProvidersRepository = new OidcProvidersRepository(),
  ) {}

  get(tenant: Tenant): Promise<OidcConfigView | null> {
    return this.tenancy.run(tenant, async (manager) => {
      const row = await this.providers.find(manager, tenant.id);
      return row ? toView(row) : null;
    });
  }

  async put(
    tenant: Tenant,
    input: OidcConfigDto,
    actor: Actor,
    editor: OidcEditor = 'platform',
  ): Promise<OidcConfigView> {
    // The variables hold other tenants' secrets too: only the platform's operators may name one.
    if (input.clientSecretEnv && editor === 'tenant') {
      throw invalid(
        'clientSecretEnv',
        'Kun platformens administratorer kan henvise til en miljøvariabel. Angiv clientSecret i stedet.',
      );
    }
    const preset = input.preset ?? 'other';
    const presetProblem = presetIssuerProblem(preset, input.issuer);
    if (presetProblem) throw invalid('issuer', presetProblem);
    await this.refuseInternalIssuer(input.issuer);
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
        allowedOrigins: input.allowedOrigins ?? [],
        preset,
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

  /**
   * Points the tenant at the development IdP that runs beside the demo, in one action: it then
   * logs in at once (the IdP's redirect URIs follow the registry). 404 where none runs.
   */
  async useDevelopmentIdp(tenant: Tenant, actor: Actor): Promise<OidcConfigView> {
    const development = this.options.developmentIdp;
    if (!development) {
      throw new NotFoundException({
        title: 'Ingen udviklings-IdP',
        detail: 'Udviklings-IdP’en findes kun i den lokale demo (npm start).',
      });
    }
    return this.tenancy.run(tenant, async (manager) => {
      const before = await this.providers.lock(manager, tenant.id);
      const row = await this.providers.useDevelopmentIdp(manager, tenant.id, development);
      const after = toView(row);
      await this.auditLog.record({
        entityType: 'oidc_provider',
        entityId: tenant.id,
        action: before ? 'update' : 'create',
        actor,
        changes: before
          ? changedFields(withoutUpdatedAt(toView(before)), withoutUpdatedAt(after))
          : withoutUpdatedAt(after),
      });
      return after;
    });
  }

  registration(tenant: Tenant): OidcRegistrationView {
    const home = `${this.options.publicUrlOf(tenant)}/`;
    return {
      redirectUri: `${home}auth/callback`,
      postLogoutRedirectUri: home,
      developmentIdpAvailable: this.options.developmentIdp !== undefined,
    };
  }

  /** An issuer on an internal address is refused when saved, as it is again at every request. */
  private async refuseInternalIssuer(issuer: string): Promise<void> {
    try {
      await this.http.vet(issuer, ISSUER_CHECK_MS);
    } catch (error) {
      // A name that does not resolve yet is for "Test forbindelse" to report, not a reason to refuse.
      if (error instanceof OidcRequestError && error.kind === 'blocked')
        throw invalid('issuer', error.message);
    }
  }
}

const ISSUER_CHECK_MS = 3_000;

/** What a change is compared on: not the bookkeeping. */
function withoutUpdatedAt(view: OidcConfigView): Omit<OidcConfigView, 'updatedAt' | 'lastTest'> {
  const { updatedAt: _updatedAt, lastTest: _lastTest, ...rest } = view;
  return rest;
}

const invalid = (field: string, message: string) =>
  new BadRequestException({
    title: 'Ugyldige oplysninger',
    detail: `${field}: ${message}`,
    errors: [{ field, message }],
  });
