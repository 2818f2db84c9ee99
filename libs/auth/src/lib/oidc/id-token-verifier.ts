import { Injectable } from '@nestjs/common';
import type { JSONWebKeySet, JWTPayload } from 'jose';
import { OidcHttp } from './oidc-http';

type KeySet = ReturnType<(typeof import('jose'))['createLocalJWKSet']>;

const KEYS_CACHE_MS = 10 * 60_000;
/** An IdP rolling its keys is fetched again at most this often, whatever tokens arrive. */
const REFETCH_COOLDOWN_MS = 30_000;

/**
 * Checks the ID token's signature against the issuer's published keys. passport-openidconnect
 * 0.1.2 checks the claims but not the signature (OIDC Core §3.1.3.7 allows relying on TLS to the
 * token endpoint); checking it as well means a token that did not come from the issuer never
 * logs anyone in, whatever path it took. The key set is fetched through OidcHttp (jose's own
 * remote key set would fetch past the address policy). jose is an ES module, hence the dynamic import.
 */
@Injectable()
export class IdTokenVerifier {
  private readonly keySets = new Map<string, { keys: Promise<KeySet>; fetchedAt: number }>();

  constructor(private readonly http: OidcHttp) {}

  async verify(
    idToken: string,
    expected: { issuer: string; audience: string; jwksUri: string },
  ): Promise<JWTPayload> {
    const { jwtVerify, errors } = await import('jose');
    const options = { issuer: expected.issuer, audience: expected.audience, clockTolerance: 30 };
    try {
      return (await jwtVerify(idToken, await this.keySet(expected.jwksUri), options)).payload;
    } catch (error) {
      // A key the cached set lacks: the IdP may have rolled its keys since.
      const cached = this.keySets.get(expected.jwksUri);
      if (
        !(error instanceof errors.JWKSNoMatchingKey) ||
        !cached ||
        Date.now() - cached.fetchedAt < REFETCH_COOLDOWN_MS
      )
        throw error;
      this.keySets.delete(expected.jwksUri);
      return (await jwtVerify(idToken, await this.keySet(expected.jwksUri), options)).payload;
    }
  }

  private keySet(jwksUri: string): Promise<KeySet> {
    const cached = this.keySets.get(jwksUri);
    if (cached && Date.now() - cached.fetchedAt < KEYS_CACHE_MS) return cached.keys;
    const keys = this.fetchKeySet(jwksUri);
    this.keySets.set(jwksUri, { keys, fetchedAt: Date.now() });
    keys.catch(() => this.keySets.delete(jwksUri));
    return keys;
  }

  private async fetchKeySet(jwksUri: string): Promise<KeySet> {
    const { createLocalJWKSet } = await import('jose');
    return createLocalJWKSet((await this.http.getJson(jwksUri)) as JSONWebKeySet);
  }
}
