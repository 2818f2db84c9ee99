import { Injectable, ServiceUnavailableException } from '@nestjs/common';

/** The parts of an issuer's discovery document the login flow needs. */
export interface IssuerMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint?: string;
  end_session_endpoint?: string;
}

const CACHE_MS = 60 * 60_000;
const FETCH_TIMEOUT_MS = 5_000;

/**
 * OpenID Connect discovery, which passport-openidconnect 0.1.2 lacks: each issuer's
 * `/.well-known/openid-configuration` is fetched once an hour (concurrent callers share one
 * fetch) and must name exactly the configured issuer, as OIDC Discovery §4.3 requires.
 */
@Injectable()
export class IssuerDiscovery {
  private readonly cache = new Map<string, { metadata: Promise<IssuerMetadata>; fetchedAt: number }>();

  metadata(issuer: string): Promise<IssuerMetadata> {
    const cached = this.cache.get(issuer);
    if (cached && Date.now() - cached.fetchedAt < CACHE_MS) return cached.metadata;
    const metadata = this.fetch(issuer);
    this.cache.set(issuer, { metadata, fetchedAt: Date.now() });
    // A failure is not cached: the next login tries again.
    metadata.catch(() => this.cache.delete(issuer));
    return metadata;
  }

  private async fetch(issuer: string): Promise<IssuerMetadata> {
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: Partial<IssuerMetadata>;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as Partial<IssuerMetadata>;
    } catch (error) {
      throw unavailable(`Identitetsudbyderen (${issuer}) svarer ikke: ${(error as Error).message}`);
    }
    if (document.issuer !== issuer) {
      throw unavailable(
        `Identitetsudbyderens discovery-dokument angiver udstederen "${document.issuer}", ikke "${issuer}".`,
      );
    }
    for (const field of ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const) {
      if (typeof document[field] !== 'string') throw unavailable(`Identitetsudbyderen mangler ${field}.`);
    }
    return document as IssuerMetadata;
  }
}

const unavailable = (detail: string) =>
  new ServiceUnavailableException({ title: 'Login er ikke tilgængeligt', detail });
