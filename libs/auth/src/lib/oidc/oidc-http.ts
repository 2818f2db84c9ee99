import { Inject, Injectable } from '@nestjs/common';
import type { OutgoingHttpHeaders } from 'node:http';
import {
  NetworkBudget,
  PinnedResolver,
  PinnedUrl,
  SafeFetchError,
  safeRequest,
} from '@socialkompas/safe-fetch';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';

/** Why a request to an identity provider was refused or failed, in Danish for the person who set it up. */
export class OidcRequestError extends Error {
  constructor(
    /** 'blocked': refused before anything was sent; the others: tried and failed. */
    readonly kind: 'blocked' | 'unreachable' | 'tls' | 'http' | 'not_json',
    message: string,
  ) {
    super(message);
  }
}

export interface OidcResponse {
  statusCode: number;
  body: string;
}

const CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_TIMEOUT_MS = 10_000;
/** Discovery documents, key sets and token answers are a few KB; nothing an IdP sends needs more. */
const MAX_BODY_BYTES = 512 * 1024;
const USER_AGENT = 'Socialkompas-login/1.0';

/**
 * Every request the login flow makes to an identity provider (discovery, JWKS, token, userinfo)
 * goes through here: the same address policy and pinned look-up as the link checker, no
 * redirects followed, a time limit and a size limit. A tenant's issuer is typed by an
 * administrator, so without this the server could be made to send requests, the client secret
 * among them, into its own network.
 */
@Injectable()
export class OidcHttp {
  private readonly resolver: PinnedResolver;
  /** The in-process development IdP listens on loopback; only its own origin may be reached there. */
  private readonly developmentResolver: PinnedResolver;
  private readonly developmentOrigin: string | null;

  constructor(@Inject(AUTH_OPTIONS) options: Pick<AuthOptions, 'developmentIdp' | 'outboundAllowAddresses'>) {
    this.resolver = new PinnedResolver({ allowAddresses: options.outboundAllowAddresses });
    this.developmentResolver = new PinnedResolver({ allowAddresses: ['127.0.0.1', '::1'] });
    this.developmentOrigin = options.developmentIdp ? new URL(options.developmentIdp.issuer).origin : null;
  }

  /** Checks the address policy for `url` without sending anything (DNS is asked). */
  async vet(url: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
    await this.pin(url, new NetworkBudget(timeoutMs));
  }

  async getJson(
    url: string,
    options: { headers?: OutgoingHttpHeaders; timeoutMs?: number } = {},
  ): Promise<unknown> {
    const response = await this.send(url, 'GET', {
      headers: { accept: 'application/json', ...options.headers },
      timeoutMs: options.timeoutMs,
    });
    if (response.statusCode < 200 || response.statusCode > 299) {
      throw new OidcRequestError('http', `${url} svarede HTTP ${response.statusCode}.`);
    }
    try {
      return JSON.parse(response.body) as unknown;
    } catch {
      throw new OidcRequestError('not_json', `${url} svarede ikke med JSON.`);
    }
  }

  /** A form POST (the token request); any status is an answer for the caller to read. */
  postForm(
    url: string,
    form: Record<string, string>,
    options: { headers?: OutgoingHttpHeaders; timeoutMs?: number } = {},
  ): Promise<OidcResponse> {
    return this.send(url, 'POST', {
      headers: {
        accept: 'application/json',
        'content-type': 'application/x-www-form-urlencoded',
        ...options.headers,
      },
      body: new URLSearchParams(form).toString(),
      timeoutMs: options.timeoutMs,
    });
  }

  private async send(
    url: string,
    method: 'GET' | 'POST',
    options: { headers: OutgoingHttpHeaders; body?: string; timeoutMs?: number },
  ): Promise<OidcResponse> {
    const budget = new NetworkBudget(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const target = await this.pin(url, budget);
    try {
      const response = await safeRequest(target, {
        method,
        headers: { 'user-agent': USER_AGENT, ...options.headers },
        body: options.body,
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
        budget,
        wantBody: () => true,
        maxBodyBytes: MAX_BODY_BYTES,
      });
      return { statusCode: response.statusCode, body: response.body?.toString('utf8') ?? '' };
    } catch (error) {
      throw described(url, error);
    }
  }

  private async pin(url: string, budget: NetworkBudget): Promise<PinnedUrl> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new OidcRequestError('blocked', `"${url}" er ikke en gyldig adresse.`);
    }
    const resolver = parsed.origin === this.developmentOrigin ? this.developmentResolver : this.resolver;
    try {
      return await resolver.pin(parsed, budget);
    } catch (error) {
      throw described(url, error);
    }
  }
}

function described(url: string, error: unknown): OidcRequestError {
  const host = hostOf(url);
  if (!(error instanceof SafeFetchError))
    return new OidcRequestError('unreachable', `${host} kunne ikke nås.`);
  if (error.kind === 'blocked') {
    return new OidcRequestError(
      'blocked',
      `Adressen ${url} er spærret (${error.reason}): identitetsudbyderen skal ligge på en offentlig adresse, ikke i serverens eget netværk.`,
    );
  }
  if (error.reason.startsWith('TLS')) {
    return new OidcRequestError(
      'tls',
      `TLS-forbindelsen til ${host} fejlede (${error.reason}). Tjek certifikatet.`,
    );
  }
  if (error.reason.startsWith('DNS')) {
    return new OidcRequestError(
      'unreachable',
      `${host} kan ikke slås op i DNS (${error.reason}). Tjek adressen.`,
    );
  }
  return new OidcRequestError('unreachable', `${host} kunne ikke nås (${error.reason}).`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
