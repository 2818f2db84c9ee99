import { once } from 'node:events';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { escapeHtml } from '@socialkompas/http';

export interface DevelopmentAccount {
  login: string;
  email: string;
  name: string;
  groups?: string[];
  /** Whether the IdP vouches for the address (default true); false tests the unverified case. */
  emailVerified?: boolean;
}

export interface DevelopmentClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface DevelopmentIdp {
  issuer: string;
  /** Adds or replaces a client at runtime (tests register tenants after start). */
  registerClient(client: DevelopmentClient): void;
  close(): Promise<void>;
}

export interface DevelopmentIdpOptions {
  /** 0 picks any free port. */
  port: number;
  /** Host name in the issuer URL (default 'localhost'); the server itself listens on 127.0.0.1. */
  hostname?: string;
  accounts: DevelopmentAccount[];
  clients: DevelopmentClient[];
  /**
   * Asked for a client that is not among `clients`, at each use: the demo answers from the tenant
   * registry, so a tenant created while it runs can log in at once (see registryDevelopmentClient).
   */
  findClient?: (clientId: string) => Promise<DevelopmentClient | undefined>;
  /**
   * Any e-mail address typed as the login is an account with that address (demo only), so someone
   * just invited, e.g. a municipality's first administrator, can log in without being listed.
   */
  anyEmailLogin?: boolean;
  /** Defaults to process.env.NODE_ENV. */
  nodeEnv?: string;
}

/*
 * oidc-provider ships no type declarations, so the little of it used here is typed locally. The
 * module specifier is a variable because TypeScript refuses an untyped literal import('oidc-provider').
 */
const OIDC_PROVIDER_MODULE = 'oidc-provider';

interface OidcProvider {
  callback(): (request: IncomingMessage, response: ServerResponse) => void;
  on(event: 'server_error', listener: (ctx: unknown, error: Error) => void): unknown;
}

interface InteractionContext {
  oidc: { session: { accountId?: string }; account?: unknown };
}

interface InteractionCheck {
  readonly reason: string;
}

interface OidcProviderModule {
  default: new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;
  interactionPolicy: {
    base(): { get(name: 'login' | 'consent'): { checks: { add(check: InteractionCheck): void } } };
    Check: new (
      reason: string,
      description: string,
      error: string,
      check: (ctx: InteractionContext) => boolean,
    ) => InteractionCheck;
  };
}

/** Client metadata in the shape oidc-provider reads from its adapter. */
interface ClientMetadata {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  grant_types: string[];
  response_types: string[];
  token_endpoint_auth_method: string;
}

type StoredPayload = Record<string, unknown>;

/**
 * oidc-provider's storage, kept in memory for one IdP instance. Clients come from a mutable map so
 * `registerClient` works after start: static `clients` configuration is fixed at construction.
 */
class InMemoryAdapter {
  constructor(
    private readonly model: string,
    private readonly entries: Map<string, { payload: StoredPayload; expiresAt: number }>,
    private readonly clients: Map<string, ClientMetadata>,
    private readonly findClient?: (clientId: string) => Promise<DevelopmentClient | undefined>,
  ) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  private live(): Array<[string, StoredPayload]> {
    const prefix = `${this.model}:`;
    const found: Array<[string, StoredPayload]> = [];
    for (const [key, entry] of this.entries) {
      if (!key.startsWith(prefix)) continue;
      if (entry.expiresAt <= Date.now()) this.entries.delete(key);
      else found.push([key, entry.payload]);
    }
    return found;
  }

  async upsert(id: string, payload: StoredPayload, expiresIn?: number): Promise<void> {
    const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity;
    this.entries.set(this.key(id), { payload, expiresAt });
  }

  async find(id: string): Promise<StoredPayload | undefined> {
    if (this.model === 'Client') {
      const client = this.clients.get(id);
      if (client) return { ...client };
      const found = await this.findClient?.(id);
      return found && { ...toClientMetadata(found) };
    }
    const entry = this.entries.get(this.key(id));
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(this.key(id));
      return undefined;
    }
    return entry.payload;
  }

  async findByUid(uid: string): Promise<StoredPayload | undefined> {
    return this.live().find(([, payload]) => payload['uid'] === uid)?.[1];
  }

  async findByUserCode(userCode: string): Promise<StoredPayload | undefined> {
    return this.live().find(([, payload]) => payload['userCode'] === userCode)?.[1];
  }

  async consume(id: string): Promise<void> {
    const entry = this.entries.get(this.key(id));
    if (entry) entry.payload['consumed'] = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.entries.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [key, payload] of this.live()) {
      if (payload['grantId'] === grantId) this.entries.delete(key);
    }
  }
}

function toClientMetadata(client: DevelopmentClient): ClientMetadata {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  };
}

function accountClaims(account: DevelopmentAccount): Record<string, unknown> {
  return {
    sub: account.login,
    email: account.email,
    email_verified: account.emailVerified ?? true,
    name: account.name,
    ...(account.groups ? { groups: account.groups } : {}),
  };
}

const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `it@odder.dk` typed as the login: an account with that (verified) address, named after it. */
function accountForAddress(login: string): DevelopmentAccount | undefined {
  if (!EMAIL_ADDRESS.test(login)) return undefined;
  const email = login.toLowerCase();
  return { login: email, email, name: email.split('@')[0] };
}

/** The error page: what went wrong in plain text, without oidc-provider's web-font styling. */
function renderPlainError(ctx: { type: string; body: string }, out: Record<string, string>): void {
  ctx.type = 'html';
  ctx.body =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign-in error</title></head><body>' +
    '<h1>Sign-in error</h1>' +
    Object.entries(out)
      .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(String(value))}</p>`)
      .join('') +
    '</body></html>';
}

/**
 * A real OpenID Connect provider for the local demo and for tests, with oidc-provider's built-in
 * development login (any password) and consent pages. The login typed is the account's `login`.
 */
export async function startDevelopmentIdp(options: DevelopmentIdpOptions): Promise<DevelopmentIdp> {
  const nodeEnv = options.nodeEnv ?? process.env.NODE_ENV;
  if (nodeEnv === 'production') {
    throw new Error(
      'The development identity provider never runs in production (NODE_ENV=production): it accepts ' +
        'any password. Configure the OpenID Connect issuer of a real identity provider instead.',
    );
  }

  const hostname = options.hostname ?? 'localhost';
  const accounts = new Map(options.accounts.map((account) => [account.login, account]));
  const clients = new Map(options.clients.map((client) => [client.clientId, toClientMetadata(client)]));

  // The issuer contains the port, so the port must be known before the provider exists.
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => {
    response.writeHead(503).end('The development identity provider is starting.');
  };
  const server: Server = createServer((request, response) => handle(request, response));
  server.listen(options.port, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const issuer = `http://${hostname}:${port}`;
  const close = async (): Promise<void> => {
    const closed = once(server, 'close');
    server.close();
    server.closeAllConnections();
    await closed;
  };

  try {
    handle = await createProviderHandler(issuer, {
      accounts,
      clients,
      findClient: options.findClient,
      anyEmailLogin: options.anyEmailLogin ?? false,
    });
  } catch (error) {
    await close();
    throw error;
  }

  return {
    issuer,
    registerClient: (client) => {
      clients.set(client.clientId, toClientMetadata(client));
    },
    close,
  };
}

/** oidc-provider configured for development accounts and clients, as a node:http request handler. */
async function createProviderHandler(
  issuer: string,
  {
    accounts,
    clients,
    findClient,
    anyEmailLogin,
  }: {
    accounts: Map<string, DevelopmentAccount>;
    clients: Map<string, ClientMetadata>;
    findClient?: DevelopmentIdpOptions['findClient'];
    anyEmailLogin: boolean;
  },
): Promise<(request: IncomingMessage, response: ServerResponse) => void> {
  const { default: Provider, interactionPolicy } = (await import(OIDC_PROVIDER_MODULE)) as OidcProviderModule;
  const entries = new Map<string, { payload: StoredPayload; expiresAt: number }>();
  // A signing key per start, instead of oidc-provider's shared (and loudly warned about) dev keys.
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  // The development login form accepts any name; without this check a name that is no account
  // signs in anyway and the flow then fails with a server error instead of asking again.
  const interactions = interactionPolicy.base();
  interactions
    .get('login')
    .checks.add(
      new interactionPolicy.Check(
        'unknown_account',
        'the login is not a development account',
        'login_required',
        (ctx) => ctx.oidc.session.accountId !== undefined && ctx.oidc.account === undefined,
      ),
    );

  const provider = new Provider(issuer, {
    adapter: (model: string) => new InMemoryAdapter(model, entries, clients, findClient),
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    findAccount: async (_ctx: unknown, id: string) => {
      const account = accounts.get(id) ?? (anyEmailLogin ? accountForAddress(id) : undefined);
      if (!account) return undefined;
      return { accountId: account.login, claims: async () => accountClaims(account) };
    },
    interactions: { policy: interactions },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    // The relying party (passport-openidconnect) reads claims from the ID token only.
    conformIdTokenClaims: false,
    // Already oidc-provider's default outside FAPI; spelt out because the relying party cannot send
    // PKCE, so confidential clients must not be asked for it.
    pkce: {
      required: (_ctx: unknown, client: { clientAuthMethod: string }) => client.clientAuthMethod === 'none',
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    // Explicit lifetimes (seconds) only to quiet oidc-provider's "you SHOULD change" notices.
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    renderError: renderPlainError,
  });
  provider.on('server_error', (_ctx, error) => console.error('Development identity provider error:', error));
  return provider.callback();
}
