import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { checkDiscoveryDocument, ENDPOINT_FIELDS, IssuerMetadata } from './discovery-document';
import { OidcHttp } from './oidc-http';

export type { IssuerMetadata } from './discovery-document';

const CACHE_MS = 60 * 60_000;
const FETCH_TIMEOUT_MS = 5_000;

/** Where the discovery document of `issuer` is (OIDC Discovery §4). */
export const discoveryUrl = (issuer: string) =>
  `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;

/**
 * OpenID Connect discovery, which passport-openidconnect 0.1.2 lacks: each issuer's document is
 * fetched through OidcHttp once an hour (concurrent callers share one fetch), and checked at every
 * use against the tenant's issuer and allowed origins (see checkDiscoveryDocument), and every
 * address it names against the address policy, so a login never starts towards an endpoint the
 * server will refuse to call.
 */
@Injectable()
export class IssuerDiscovery {
  private readonly cache = new Map<string, { document: Promise<unknown>; fetchedAt: number }>();

  constructor(private readonly http: OidcHttp) {}

  async metadata(issuer: string, allowedOrigins: readonly string[] = []): Promise<IssuerMetadata> {
    const document = await this.document(issuer);
    const { findings, metadata } = checkDiscoveryDocument(document, issuer, allowedOrigins);
    if (!metadata) {
      throw unavailable(
        `Identitetsudbyderens discovery-dokument kan ikke bruges: ${findings
          .filter((finding) => !finding.ok)
          .map((finding) => finding.message)
          .join(' ')}`,
      );
    }
    const hosts = new Set(
      ENDPOINT_FIELDS.map((field) => metadata[field]).filter((url): url is string => typeof url === 'string'),
    );
    try {
      await Promise.all([...hosts].map((url) => this.http.vet(url)));
    } catch (error) {
      throw unavailable((error as Error).message);
    }
    return metadata;
  }

  private document(issuer: string): Promise<unknown> {
    const cached = this.cache.get(issuer);
    if (cached && Date.now() - cached.fetchedAt < CACHE_MS) return cached.document;
    const document = this.http
      .getJson(discoveryUrl(issuer), { timeoutMs: FETCH_TIMEOUT_MS })
      .catch((error: Error) => {
        throw unavailable(`Identitetsudbyderen (${issuer}) svarer ikke: ${error.message}`);
      });
    this.cache.set(issuer, { document, fetchedAt: Date.now() });
    // A failure is not cached: the next login tries again.
    document.catch(() => this.cache.delete(issuer));
    return document;
  }
}

const unavailable = (detail: string) =>
  new ServiceUnavailableException({ title: 'Login er ikke tilgængeligt', detail });
