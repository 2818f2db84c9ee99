import type { OidcHttp } from './oidc-http';

type TokenCallback = (
  error: { statusCode?: number; data?: string } | Error | null,
  accessToken?: string,
  refreshToken?: string,
  results?: Record<string, unknown>,
) => void;

const TOKEN_TIMEOUT_MS = 15_000;

/**
 * What passport-openidconnect 0.1.2 uses of its OAuth2 client (the `oauth` package), with the
 * token and userinfo requests sent through OidcHttp instead of plain node:http: the token request
 * carries the client secret, so it must never go to an address the policy forbids. The library
 * documents its `_oauth2` property as protected, for subclasses to replace.
 */
export class SafeTokenClient {
  readonly _authorizeUrl: string;
  readonly _accessTokenUrl: string;
  readonly _clientId: string;

  constructor(
    private readonly http: OidcHttp,
    endpoints: { authorizationUrl: string; tokenUrl: string },
    private readonly client: { clientId: string; clientSecret: string },
  ) {
    this._authorizeUrl = endpoints.authorizationUrl;
    this._accessTokenUrl = endpoints.tokenUrl;
    this._clientId = client.clientId;
  }

  /** As `oauth`'s OAuth2: the credentials in the form (client_secret_post), the answer parsed. */
  getOAuthAccessToken(code: string, params: Record<string, string>, callback: TokenCallback): void {
    const form = {
      ...params,
      client_id: this.client.clientId,
      client_secret: this.client.clientSecret,
      code,
    };
    this.http.postForm(this._accessTokenUrl, form, { timeoutMs: TOKEN_TIMEOUT_MS }).then(
      ({ statusCode, body }) => {
        if (statusCode < 200 || statusCode > 299) return callback({ statusCode, data: body });
        let results: Record<string, unknown>;
        try {
          results = JSON.parse(body) as Record<string, unknown>;
        } catch {
          return callback(new Error('the token answer is not JSON'));
        }
        callback(null, String(results['access_token'] ?? ''), undefined, results);
      },
      (error: Error) => callback(error),
    );
  }

  /** The userinfo request (unused while the strategy skips the profile), with the token as a bearer. */
  get(url: string, accessToken: string, callback: (error: Error | null, body?: string) => void): void {
    this.http.getJson(url, { headers: { authorization: `Bearer ${accessToken}` } }).then(
      (json) => callback(null, JSON.stringify(json)),
      (error: Error) => callback(error),
    );
  }
}
