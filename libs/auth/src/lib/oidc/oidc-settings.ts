import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StaffRole } from '../access/roles';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';
import { SecretBox } from './secret-box';

/** Which ID token claims carry a person's address, name and groups, and which groups give which role. */
export interface ClaimMapping {
  email?: string;
  name?: string;
  groups?: string;
  /** Group (claim value) → role, used only where the tenant allows self-provisioning. */
  roles?: Record<string, StaffRole>;
}

/** A tenant's relying-party configuration, secret resolved. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  claimMapping: ClaimMapping;
  selfProvisioning: boolean;
}

/** Where the development IdP is and the client the app is registered as there. */
export interface DevelopmentIdpConnection {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

interface ProviderRow {
  issuer: string;
  client_id: string;
  client_secret_env: string | null;
  client_secret_encrypted: string | null;
  scopes: string[];
  claim_mapping: ClaimMapping;
  self_provisioning: boolean;
}

/**
 * Each tenant's OIDC settings from `platform.oidc_providers`. A tenant without a row uses the
 * development IdP when one runs (the local demo and tests), and otherwise cannot log in yet.
 */
@Injectable()
export class OidcSettingsService {
  private readonly secretBox?: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {
    if (options.secretsKey) this.secretBox = new SecretBox(options.secretsKey);
  }

  async forTenant(tenantId: string): Promise<OidcSettings> {
    const [row]: ProviderRow[] = await this.dataSource.query(
      `SELECT issuer, client_id, client_secret_env, client_secret_encrypted, scopes, claim_mapping, self_provisioning
       FROM platform.oidc_providers WHERE tenant_id = $1`,
      [tenantId],
    );
    if (row) {
      return {
        issuer: row.issuer,
        clientId: row.client_id,
        clientSecret: this.secretOf(row),
        scopes: row.scopes,
        claimMapping: row.claim_mapping,
        selfProvisioning: row.self_provisioning,
      };
    }
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
    };
  }

  /** Encrypts a client secret for storage; refuses when no SECRETS_KEY is configured. */
  seal(secret: string): string {
    if (!this.secretBox) throw new Error('SECRETS_KEY is not configured');
    return this.secretBox.seal(secret);
  }

  canSeal(): boolean {
    return this.secretBox !== undefined;
  }

  private secretOf(row: ProviderRow): string {
    if (row.client_secret_env) {
      const secret = process.env[row.client_secret_env];
      if (!secret)
        throw misconfigured(`Miljøvariablen ${row.client_secret_env} med klienthemmeligheden er ikke sat.`);
      return secret;
    }
    if (!this.secretBox || !row.client_secret_encrypted) {
      throw misconfigured('Klienthemmeligheden er krypteret, men SECRETS_KEY er ikke sat.');
    }
    return this.secretBox.open(row.client_secret_encrypted);
  }
}

const misconfigured = (detail: string) =>
  new ServiceUnavailableException({ title: 'Login er ikke sat op', detail });
