import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Profile, Strategy, VerifyCallback } from 'passport-openidconnect';
import { IssuerDiscovery, IssuerMetadata } from './issuer-discovery';
import { OidcHttp } from './oidc-http';
import { OidcSettings, OidcSettingsService } from './oidc-settings';
import { SafeTokenClient } from './safe-token-client';
import { TenantStateStore } from './tenant-state-store';

/** What a successful code exchange hands on: the raw ID token, verified next by IdTokenVerifier. */
export interface CodeExchangeResult {
  idToken: string;
}

export interface TenantLogin {
  strategy: Strategy;
  settings: OidcSettings;
  metadata: IssuerMetadata;
}

/**
 * One passport-openidconnect strategy per tenant, built from the tenant's settings and its
 * issuer's discovery document, and rebuilt only when either changes: a strategy rebuilt per
 * request would lose the state it is checking. Each has its own state store keyed by tenant, so
 * tenants sharing an issuer host (all Entra ID directories do) never share a state slot.
 */
@Injectable()
export class TenantStrategies {
  private readonly strategies = new Map<string, { fingerprint: string; login: TenantLogin }>();

  constructor(
    private readonly settings: OidcSettingsService,
    private readonly discovery: IssuerDiscovery,
    private readonly http: OidcHttp,
  ) {}

  async forTenant(tenantId: string): Promise<TenantLogin> {
    const settings = await this.settings.forTenant(tenantId);
    const metadata = await this.discovery.metadata(settings.issuer, settings.allowedOrigins);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([settings, metadata]))
      .digest('hex');
    const cached = this.strategies.get(tenantId);
    if (cached?.fingerprint === fingerprint) return cached.login;

    const tokenClient = new SafeTokenClient(
      this.http,
      { authorizationUrl: metadata.authorization_endpoint, tokenUrl: metadata.token_endpoint },
      settings,
    );
    const strategy = new SafeTransportStrategy(
      tokenClient,
      {
        issuer: metadata.issuer,
        authorizationURL: metadata.authorization_endpoint,
        tokenURL: metadata.token_endpoint,
        // Unused (skipUserProfile): everything needed is in the ID token.
        userInfoURL: metadata.userinfo_endpoint ?? '',
        clientID: settings.clientId,
        clientSecret: settings.clientSecret,
        callbackURL: '/auth/callback',
        scope: settings.scopes,
        nonce: 'true',
        store: new TenantStateStore(tenantId) as never,
        skipUserProfile: true,
      },
      // The library has checked iss, aud, azp, exp and nonce; the signature is checked next.
      (
        _issuer: string,
        _profile: Profile,
        _context: object,
        idToken: string | object,
        done: VerifyCallback,
      ) => done(null, { idToken: String(idToken) } satisfies CodeExchangeResult),
    );
    strategy.name = `oidc:${tenantId}`;
    const login = { strategy, settings, metadata };
    this.strategies.set(tenantId, { fingerprint, login });
    return login;
  }
}

/** The strategy with its token and userinfo requests sent through the address policy (see SafeTokenClient). */
class SafeTransportStrategy extends Strategy {
  constructor(tokenClient: SafeTokenClient, ...[options, verify]: ConstructorParameters<typeof Strategy>) {
    super(options, verify);
    this._oauth2 = tokenClient as unknown as typeof this._oauth2;
  }
}
