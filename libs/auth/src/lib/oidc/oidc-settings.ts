import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StaffRole } from '@socialkompas/http';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';
import { OidcLoginSettingsRow, OidcProvidersRepository } from './oidc-providers.repository';
import { SecretBox } from './secret-box';

/** Which ID token claims carry a person's address, name and groups, and which groups give which role. */
export interface ClaimMapping {
  email?: string;
  name?: string;
  groups?: string;
  /** Group (claim value) → role, used only where the tenant allows self-provisioning. */
  roles?: Record<string, StaffRole>;
  /**
   * The IdP only ever issues addresses it has verified, so an invitation may match its e-mail
   * claim without `email_verified` (Entra ID sends none; its `email` can be user-editable unless
   * the directory restricts it, so set this only where that is so).
   */
  trustEmail?: boolean;
}

/** A tenant's relying-party configuration, secret resolved. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  claimMapping: ClaimMapping;
  selfProvisioning: boolean;
  /** Origins besides the issuer's own where its discovery document may place endpoints. */
  allowedOrigins: string[];
}

/** Where the development IdP is and the client the app is registered as there. */
export interface DevelopmentIdpConnection {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Each tenant's OIDC settings from `platform.oidc_providers`. A tenant without a row uses the
 * development IdP when one runs (the local demo and tests), and otherwise cannot log in yet.
 */
@Injectable()
export class OidcSettingsService {
  private readonly logger = new Logger(OidcSettingsService.name);
  private readonly secretBox?: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    // The command line builds this service by hand without a repository; Nest passes its provider.
    private readonly providers: OidcProvidersRepository = new OidcProvidersRepository(),
  ) {
    if (options.secretsKey) this.secretBox = new SecretBox(options.secretsKey, options.previousSecretsKey);
  }

  async forTenant(tenantId: string): Promise<OidcSettings> {
    // On a pooled connection of its own: login runs outside any tenant's unit of work.
    const row = await this.providers.findLoginSettings(this.dataSource.manager, tenantId);
    if (row && row.preset !== 'development') {
      return {
        issuer: row.issuer,
        clientId: row.client_id,
        clientSecret: this.secretOf(row),
        scopes: row.scopes,
        claimMapping: row.claim_mapping,
        selfProvisioning: row.self_provisioning,
        allowedOrigins: row.allowed_origins,
      };
    }
    // No row, or one that says "the development IdP": whichever runs now (its secret is per run).
    const development = this.options.developmentIdp;
    if (!development) {
      throw new ServiceUnavailableException({
        title: 'Login er ikke sat op',
        detail: 'Kommunens identitetsudbyder er ikke konfigureret endnu. Kontakt platformens drift.',
      });
    }
    return {
      ...development,
      scopes: ['email', 'profile', 'groups'],
      claimMapping: {},
      selfProvisioning: false,
      allowedOrigins: [],
    };
  }

  /** Encrypts a client secret for storage; refuses when no SECRETS_KEY is configured. */
  seal(secret: string): string {
    if (!this.secretBox) throw new Error('SECRETS_KEY is not configured');
    return this.secretBox.seal(secret);
  }

  /**
   * After a rotation of SECRETS_KEY: seals every stored client secret the previous key sealed with
   * the current one, in one transaction, so SECRETS_KEY_PREVIOUS can go. Counts what it did.
   */
  async resealStoredSecrets(): Promise<{ resealed: number; current: number }> {
    const box = this.secretBox;
    if (!box) throw new Error('SECRETS_KEY is not configured');
    return this.dataSource.transaction(async (manager) => {
      const counts = { resealed: 0, current: 0 };
      for (const row of await this.providers.sealedSecrets(manager)) {
        if (box.isCurrent(row.client_secret_encrypted)) {
          counts.current += 1;
          continue;
        }
        let plain: string;
        try {
          plain = box.open(row.client_secret_encrypted);
        } catch (error) {
          // Nothing is changed: the operator learns which tenant's secret neither key opens.
          throw new Error(
            `Tenant ${row.tenant_id}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        await this.providers.replaceSealedSecret(manager, row.tenant_id, box.seal(plain));
        counts.resealed += 1;
      }
      return counts;
    });
  }

  canSeal(): boolean {
    return this.secretBox !== undefined;
  }

  private secretOf(row: OidcLoginSettingsRow): string {
    if (row.client_secret_env) {
      const secret = process.env[row.client_secret_env];
      if (!secret) {
        // The variable's name is for the operator's log, not for the public login page.
        this.logger.error(
          `${row.client_secret_env} (OIDC client secret of tenant ${row.tenant_id}) is not set`,
        );
        throw misconfigured();
      }
      return secret;
    }
    if (!this.secretBox || !row.client_secret_encrypted) {
      this.logger.error(
        `The OIDC client secret of tenant ${row.tenant_id} is stored encrypted, but SECRETS_KEY is not set`,
      );
      throw misconfigured();
    }
    return this.secretBox.open(row.client_secret_encrypted);
  }
}

const misconfigured = () =>
  new ServiceUnavailableException({
    title: 'Login er ikke sat op',
    detail: 'Kommunens login er ikke sat rigtigt op. Driften er underrettet; prøv igen senere.',
  });
