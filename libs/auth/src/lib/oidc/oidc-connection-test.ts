import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { Actor } from '../audit/actor';
import { AuditLog } from '../audit/audit-log';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';
import { checkDiscoveryDocument, ENDPOINT_FIELDS, IssuerMetadata } from './discovery-document';
import { discoveryUrl } from './issuer-discovery';
import { OidcConnectionTestDto } from './oidc-connection-test.dto';
import { OidcHttp, OidcRequestError } from './oidc-http';
import { presetIssuerProblem } from './oidc-presets';
import { OidcProvidersRepository } from './oidc-providers.repository';

export const CONNECTION_STEPS = [
  'preset',
  'address',
  'discovery',
  'issuer',
  'endpoints',
  'origins',
  'endpoint_addresses',
  'jwks',
] as const;
export type ConnectionStep = (typeof CONNECTION_STEPS)[number];

/** One step of the test: what was checked and what was found, in Danish. */
export class ConnectionStepResult {
  @ApiProperty({ enum: CONNECTION_STEPS })
  step!: ConnectionStep;

  @ApiProperty()
  ok!: boolean;

  @ApiProperty({ example: 'Discovery-dokumentet blev hentet.' })
  message!: string;
}

export class OidcConnectionReport {
  @ApiProperty({
    description: 'Every step passed: login can work (the client id and secret are tested by a login)',
  })
  ok!: boolean;

  @ApiProperty()
  issuer!: string;

  @ApiProperty({ description: 'Whether the saved configuration was tested (and the result recorded)' })
  saved!: boolean;

  @ApiProperty()
  testedAt!: Date;

  @ApiProperty({ type: [ConnectionStepResult] })
  steps!: ConnectionStepResult[];
}

const SIGNING_KEY_TYPES = new Set(['RSA', 'EC', 'OKP']);

/**
 * "Test forbindelse": fetches the issuer's discovery document and key set exactly as login does
 * (through OidcHttp) and says step by step what is right and what is wrong. Testing the saved
 * configuration records the outcome, for the onboarding checklist, and the audit log.
 */
@Injectable()
export class OidcConnectionTest {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly http: OidcHttp,
    private readonly auditLog: AuditLog,
    @Inject(AUTH_OPTIONS) private readonly options: Pick<AuthOptions, 'developmentIdp'>,
    private readonly providers: OidcProvidersRepository,
  ) {}

  async test(tenant: Tenant, input: OidcConnectionTestDto, actor: Actor): Promise<OidcConnectionReport> {
    const saved = await this.tenancy.run(tenant, (manager) => this.providers.find(manager, tenant.id));
    const issuer = input.issuer ?? this.savedIssuer(saved?.preset, saved?.issuer);
    if (!issuer) {
      throw new NotFoundException({
        title: 'Ikke sat op',
        detail: 'Kommunen har ingen identitetsudbyder endnu: angiv issuer for at teste en ny.',
      });
    }
    const testsSaved = !!saved && saved.issuer === issuer && input.allowedOrigins === undefined;
    const steps = await this.run(issuer, input.preset ?? (testsSaved ? saved.preset : 'other'), {
      allowedOrigins: input.allowedOrigins ?? (testsSaved ? saved.allowed_origins : []),
    });
    const report: OidcConnectionReport = {
      ok: steps.every((step) => step.ok),
      issuer,
      saved: testsSaved,
      testedAt: new Date(),
      steps,
    };
    await this.tenancy.run(tenant, async (manager) => {
      if (testsSaved) await this.providers.recordTest(manager, tenant.id, report.ok);
      await this.auditLog.record({
        entityType: 'oidc_provider',
        entityId: tenant.id,
        action: 'test_connection',
        actor,
        changes: { issuer, ok: report.ok, saved: testsSaved },
      });
    });
    return report;
  }

  private savedIssuer(preset: string | undefined, issuer: string | undefined): string | undefined {
    // The development IdP's address is the running one's, whatever was stored at another start.
    if (preset === 'development') return this.options.developmentIdp?.issuer;
    return issuer;
  }

  private async run(
    issuer: string,
    preset: Parameters<typeof presetIssuerProblem>[0],
    config: { allowedOrigins: string[] },
  ): Promise<ConnectionStepResult[]> {
    const steps: ConnectionStepResult[] = [];
    const pass = (step: ConnectionStep, message: string) => steps.push({ step, ok: true, message });
    const fail = (step: ConnectionStep, message: string) => {
      steps.push({ step, ok: false, message });
      return steps;
    };

    const presetProblem = presetIssuerProblem(preset, issuer);
    if (presetProblem) fail('preset', presetProblem);
    else if (preset !== 'other') pass('preset', 'Udstederen har den form, den valgte type kræver.');

    const documentUrl = discoveryUrl(issuer);
    try {
      await this.http.vet(documentUrl);
      pass('address', `${new URL(issuer).host} ligger på en offentlig adresse.`);
    } catch (error) {
      return fail(
        error instanceof OidcRequestError && error.kind === 'blocked' ? 'address' : 'discovery',
        messageOf(error),
      );
    }

    let document: unknown;
    try {
      document = await this.http.getJson(documentUrl);
      pass('discovery', `Discovery-dokumentet blev hentet fra ${documentUrl}.`);
    } catch (error) {
      return fail('discovery', messageOf(error));
    }

    const { findings, metadata } = checkDiscoveryDocument(document, issuer, config.allowedOrigins);
    for (const finding of findings) steps.push({ step: finding.check, ...finding });
    if (!metadata) return steps;

    const endpointProblem = await this.endpointAddressProblem(metadata);
    if (endpointProblem) return fail('endpoint_addresses', endpointProblem);
    pass('endpoint_addresses', 'Alle adresser i dokumentet ligger på offentlige adresser.');

    try {
      const keys = (await this.http.getJson(metadata.jwks_uri)) as { keys?: unknown };
      const signing = Array.isArray(keys.keys)
        ? keys.keys.filter(
            (key: { kty?: unknown; use?: unknown }) =>
              typeof key === 'object' &&
              key !== null &&
              SIGNING_KEY_TYPES.has(String(key.kty)) &&
              key.use !== 'enc',
          )
        : null;
      if (!signing)
        fail('jwks', `Nøglesættet på ${metadata.jwks_uri} er ikke et JWKS (feltet keys mangler).`);
      else if (signing.length === 0)
        fail('jwks', `Nøglesættet på ${metadata.jwks_uri} har ingen nøgler til signering.`);
      else
        pass(
          'jwks',
          `Nøglesættet har ${signing.length} ${signing.length === 1 ? 'nøgle' : 'nøgler'} til signering.`,
        );
    } catch (error) {
      fail('jwks', messageOf(error));
    }
    return steps;
  }

  private async endpointAddressProblem(metadata: IssuerMetadata): Promise<string | null> {
    for (const field of ENDPOINT_FIELDS) {
      const url = metadata[field];
      if (typeof url !== 'string') continue;
      try {
        await this.http.vet(url);
      } catch (error) {
        return `${field}: ${messageOf(error)}`;
      }
    }
    return null;
  }
}

const messageOf = (error: unknown) =>
  error instanceof OidcRequestError ? error.message : 'Ukendt fejl under forbindelsen.';
