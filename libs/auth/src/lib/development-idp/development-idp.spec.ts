import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import { BrowserClient } from '@socialkompas/testing';
import { DevelopmentAccount, DevelopmentIdp, startDevelopmentIdp } from './development-idp';

const account: DevelopmentAccount = {
  login: 'anna.editor',
  email: 'anna@aarhus.example',
  name: 'Anna Editor',
  groups: ['socialkompas-editors'],
};
const clientSecret = 'a-client-secret-for-tests';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

function decodeJwtPayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('development identity provider', () => {
  let idp: DevelopmentIdp;
  let relyingParty: Server;
  let redirectUri: string;
  let postLogoutRedirectUri: string;
  let discovery: Discovery;

  beforeAll(async () => {
    // A relying party that only says it was reached; the test reads the query of the URL itself.
    relyingParty = createServer((_request, response) => response.end('relying party reached'));
    relyingParty.listen(0, '127.0.0.1');
    await once(relyingParty, 'listening');
    const { port } = relyingParty.address() as { port: number };
    redirectUri = `http://localhost:${port}/auth/callback`;
    postLogoutRedirectUri = `http://localhost:${port}/signed-out`;

    idp = await startDevelopmentIdp({
      port: 0,
      accounts: [account],
      clients: [
        {
          clientId: 'socialkompas-aarhus',
          clientSecret,
          redirectUris: [redirectUri],
          postLogoutRedirectUris: [postLogoutRedirectUri],
        },
      ],
      nodeEnv: 'test',
    });
    discovery = (
      await new BrowserClient().get(`${idp.issuer}/.well-known/openid-configuration`)
    ).json<Discovery>();
  });

  afterAll(async () => {
    await idp?.close();
    relyingParty?.closeAllConnections();
    relyingParty?.close();
  });

  function authorizationUrl(clientId: string, state: string, nonce: string): string {
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: 'openid email profile groups',
      state,
      nonce,
    }).toString();
    return url.href;
  }

  it('publishes its issuer and an end-session endpoint', () => {
    expect(discovery.issuer).toBe(idp.issuer);
    expect(idp.issuer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(discovery.end_session_endpoint).toBe(`${idp.issuer}/session/end`);
  });

  /** Runs the authorization code flow in `browser` and returns the token endpoint's ID token. */
  async function signIn(browser: BrowserClient, login: string): Promise<string> {
    const loginPage = await browser.get(authorizationUrl('socialkompas-aarhus', 'state-123', 'nonce-456'));
    expect(loginPage.body).toContain('name="login"');
    const consentPage = await browser.submitForm(loginPage, { login, password: 'anything' });
    expect(consentPage.body).toContain('value="consent"');
    const callback = await browser.submitForm(consentPage);

    const callbackUrl = new URL(callback.url);
    expect(callback.body).toBe('relying party reached');
    expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(redirectUri);
    expect(callbackUrl.searchParams.get('state')).toBe('state-123');
    const code = callbackUrl.searchParams.get('code');
    expect(code).toBeTruthy();

    const tokenResponse = await new BrowserClient().request('POST', discovery.token_endpoint, {
      headers: {
        authorization: `Basic ${Buffer.from(`socialkompas-aarhus:${clientSecret}`).toString('base64')}`,
      },
      form: { grant_type: 'authorization_code', code: code ?? '', redirect_uri: redirectUri },
    });
    expect(tokenResponse.status).toBe(200);
    return tokenResponse.json<{ id_token: string }>().id_token;
  }

  it('signs an account in through login and consent and issues an ID token with its claims', async () => {
    const idToken = await signIn(new BrowserClient(), account.login);

    expect(decodeJwtPayload(idToken)).toMatchObject({
      iss: idp.issuer,
      aud: 'socialkompas-aarhus',
      sub: account.login,
      nonce: 'nonce-456',
      email: account.email,
      email_verified: true,
      name: account.name,
      groups: account.groups,
    });
  });

  it('shows the login form again for a login it does not know', async () => {
    const browser = new BrowserClient();
    const loginPage = await browser.get(authorizationUrl('socialkompas-aarhus', 's', 'n'));
    const loginAgain = await browser.submitForm(loginPage, { login: 'nobody', password: 'anything' });
    expect(loginAgain.body).toContain('name="login"');

    // oidc-provider first ends the unknown login's session, with a page that submits itself in a
    // browser (it does so whenever the account changes), then asks for consent.
    const endPreviousSession = await browser.submitForm(loginAgain, { login: account.login, password: 'x' });
    const consentPage = await browser.submitForm(endPreviousSession);
    expect(consentPage.body).toContain('value="consent"');
  });

  it('signs out after confirmation and returns to the post-logout redirect URI with the state', async () => {
    const browser = new BrowserClient();
    const idToken = await signIn(browser, account.login);
    const logoutUrl = new URL(discovery.end_session_endpoint ?? '');
    logoutUrl.search = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: postLogoutRedirectUri,
      state: 'logout-state',
    }).toString();

    const confirmation = await browser.get(logoutUrl.href);
    expect(confirmation.body).toContain('id="op.logoutForm"');
    // The "Yes, sign me out" button sits outside the form, so its name/value is passed explicitly.
    const done = await browser.submitForm(confirmation, { logout: 'yes' });

    expect(done.url).toBe(`${postLogoutRedirectUri}?state=logout-state`);
    expect(browser.cookie(new URL(idp.issuer).host, '_session')).toBeUndefined();
  });

  it('accepts a client registered after start', async () => {
    idp.registerClient({
      clientId: 'socialkompas-odense',
      clientSecret,
      redirectUris: [redirectUri],
      postLogoutRedirectUris: [],
    });
    const loginPage = await new BrowserClient().get(authorizationUrl('socialkompas-odense', 's', 'n'));
    expect(loginPage.status).toBe(200);
    expect(loginPage.body).toContain('name="login"');
  });

  it('refuses an unknown client', async () => {
    const response = await new BrowserClient().get(authorizationUrl('no-such-client', 's', 'n'));
    expect(response.status).toBe(400);
    expect(response.body).toContain('invalid_client');
  });

  it('never starts in production', async () => {
    await expect(
      startDevelopmentIdp({ port: 0, accounts: [account], clients: [], nodeEnv: 'production' }),
    ).rejects.toThrow(/never runs in production/);
  });
});
