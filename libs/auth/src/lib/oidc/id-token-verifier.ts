import { Injectable } from '@nestjs/common';
import type { JWTPayload } from 'jose';

type RemoteKeySet = ReturnType<(typeof import('jose'))['createRemoteJWKSet']>;

/**
 * Checks the ID token's signature against the issuer's published keys. passport-openidconnect
 * 0.1.2 checks the claims but not the signature (OIDC Core §3.1.3.7 allows relying on TLS to the
 * token endpoint); checking it as well means a token that did not come from the issuer never
 * logs anyone in, whatever path it took. jose is an ES module, hence the dynamic import.
 */
@Injectable()
export class IdTokenVerifier {
  private readonly keySets = new Map<string, RemoteKeySet>();

  async verify(
    idToken: string,
    expected: { issuer: string; audience: string; jwksUri: string },
  ): Promise<JWTPayload> {
    const { createRemoteJWKSet, jwtVerify } = await import('jose');
    let keySet = this.keySets.get(expected.jwksUri);
    if (!keySet) {
      keySet = createRemoteJWKSet(new URL(expected.jwksUri));
      this.keySets.set(expected.jwksUri, keySet);
    }
    const { payload } = await jwtVerify(idToken, keySet, {
      issuer: expected.issuer,
      audience: expected.audience,
      clockTolerance: 30,
    });
    return payload;
  }
}
