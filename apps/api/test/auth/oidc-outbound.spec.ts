import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OidcHttp, OidcRequestError, SafeTokenClient } from '@socialkompas/auth';
import { BrowserClient, LoginFixture, StaffBrowser, startTestApp, uniqueSlug } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';
import request from 'supertest';

const person = (login: string, name: string) => ({ login, name, email: `${login}@example.dk` });
const SECRET = 'outbound-client-secret-0123456789';

interface CountingServer {
  origin: string;
  /** Every request it received: 'POST /token'. */
  heard: string[];
  close(): Promise<void>;
}

const servers: CountingServer[] = [];

/** A real HTTP server on `address` that counts what it is asked; `answer` gives the reply. */
async function countingServer(
  address: string,
  answer: (path: string, origin: string) => { status?: number; json?: unknown; text?: string } = () => ({
    json: {},
  }),
): Promise<CountingServer> {
  const heard: string[] = [];
  let origin = '';
  const server: Server = createServer((incoming, response) => {
    heard.push(`${incoming.method} ${incoming.url}`);
    const reply = answer(incoming.url ?? '/', origin);
    response.statusCode = reply.status ?? 200;
    if (reply.text !== undefined) response.setHeader('content-type', 'text/html').end(reply.text);
    else response.setHeader('content-type', 'application/json').end(JSON.stringify(reply.json));
  }).listen(0, address);
  await once(server, 'listening');
  origin = `http://${address}:${(server.address() as { port: number }).port}`;
  const counting = {
    origin,
    heard,
    close: async () => {
      server.closeAllConnections();
      server.close();
    },
  };
  servers.push(counting);
  return counting;
}

/** An issuer whose discovery document is `document(own origin)`, and whose key set is `keys`. */
function issuerServer(document: (origin: string) => Record<string, unknown>, keys: unknown = { keys: [] }) {
  return countingServer('127.0.0.1', (path, origin) =>
    path === '/.well-known/openid-configuration'
      ? { json: document(origin) }
      : path === '/jwks'
        ? { json: keys }
        : { status: 404, json: {} },
  );
}

const sameOriginDocument = (origin: string) => ({
  issuer: origin,
  authorization_endpoint: `${origin}/auth`,
  token_endpoint: `${origin}/token`,
  jwks_uri: `${origin}/jwks`,
});

interface Report {
  ok: boolean;
  saved: boolean;
  steps: { step: string; ok: boolean; message: string }[];
}
const failedSteps = (report: Report) => report.steps.filter((step) => !step.ok).map((step) => step.step);

afterAll(() => Promise.all(servers.map((server) => server.close())));

/** An https server on 127.0.0.1 whose certificate nobody vouches for (made with openssl). */
async function selfSignedServer(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'oidc-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const server = createTlsServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (_request, response) => response.end('{}'),
  ).listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push({ origin: '', heard: [], close: async () => void server.close() });
  return `https://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('outbound requests of the staff login', () => {
  let fixture: LoginFixture;
  let aarhus: { tenant: Tenant; host: string };
  let odder: { tenant: Tenant; host: string };
  let platform: StaffBrowser;
  let ane: StaffBrowser;
  const platformSlug = uniqueSlug('platform');

  beforeAll(async () => {
    process.env.OIDC_CLIENT_SECRET_OUTBOUND = SECRET;
    fixture = await LoginFixture.start([person('ane', 'Ane Admin'), person('pia', 'Pia Platform')], {
      env: { SECRETS_KEY: 'test-secrets-key-that-is-long-enough-0123', PLATFORM_ADMIN_TENANT: platformSlug },
      // The test's own IdPs live on 127.0.0.1; 127.0.0.2 stands for the server's internal network.
      oidcAllowAddresses: ['127.0.0.1'],
    });
    const own = await fixture.tenant('platform', { slug: platformSlug });
    aarhus = await fixture.tenant('aarhus');
    odder = await fixture.tenant('odder');
    await fixture.invite(own.tenant, 'pia', 'platform_admin');
    await fixture.invite(aarhus.tenant, 'ane', 'tenant_admin');
    platform = await new StaffBrowser(fixture, own.host).login('pia');
    ane = await new StaffBrowser(fixture, aarhus.host).login('ane');
  });

  afterAll(async () => {
    await fixture.close();
    delete process.env.OIDC_CLIENT_SECRET_OUTBOUND;
  });

  async function tenantWithIssuer(prefix: string, issuer: string, allowedOrigins: string[] = []) {
    const site = await fixture.tenant(prefix);
    await fixture.dataSource().query(
      `INSERT INTO platform.oidc_providers (tenant_id, issuer, client_id, client_secret_env, allowed_origins)
       VALUES ($1, $2, 'outbound-client', 'OIDC_CLIENT_SECRET_OUTBOUND', $3)`,
      [site.tenant.id, issuer, allowedOrigins],
    );
    return site;
  }

  const startLogin = (host: string) =>
    new BrowserClient().get(`http://${host}/auth/login`, { followRedirects: false });
  const answerCallback = (host: string) =>
    new BrowserClient().get(`http://${host}/auth/callback?code=stolen-code&state=x`, {
      followRedirects: false,
    });

  it('sends nothing to a token endpoint on another origin than the issuer’s, and says why in Danish', async () => {
    const tokenSink = await countingServer('127.0.0.1');
    const issuer = await issuerServer((origin) => ({
      ...sameOriginDocument(origin),
      token_endpoint: `${tokenSink.origin}/token`,
    }));
    const site = await tenantWithIssuer('foreign', issuer.origin);

    const login = await startLogin(site.host);
    expect(login.status).toBe(503);
    expect(login.body).toContain('token_endpoint');
    expect(login.body).toContain('ligger ikke på udstederens adresse');
    expect((await answerCallback(site.host)).status).toBe(503);

    const report = (
      await platform.send('POST', `/api/v1/platform/tenants/${site.tenant.slug}/oidc/test`, {})
    ).json<Report>();
    expect(failedSteps(report)).toEqual(['origins']);
    expect(tokenSink.heard).toEqual([]);
    expect(issuer.heard).toContain('GET /.well-known/openid-configuration');
  });

  it('sends nothing to an endpoint on an internal address, even on an origin the tenant allowed', async () => {
    const internal = await countingServer('127.0.0.2');
    const issuer = await issuerServer((origin) => ({
      ...sameOriginDocument(origin),
      token_endpoint: `${internal.origin}/token`,
    }));
    const site = await tenantWithIssuer('internal', issuer.origin, [internal.origin]);

    const login = await startLogin(site.host);
    expect(login.status).toBe(503);
    expect(login.body).toContain('er spærret');
    expect((await answerCallback(site.host)).status).toBe(503);
    expect(internal.heard).toEqual([]);
  });

  it('vets the token request’s own address when it is sent, as DNS may have changed since discovery', async () => {
    const internal = await countingServer('127.0.0.2');
    const reachable = await countingServer('127.0.0.1', () => ({
      json: { access_token: 'a', id_token: 'b' },
    }));
    const http = new OidcHttp({ outboundAllowAddresses: ['127.0.0.1'] });
    const exchange = (tokenUrl: string) =>
      new Promise<{ error: unknown; results?: Record<string, unknown> }>((resolve) =>
        new SafeTokenClient(
          http,
          { authorizationUrl: 'https://idp.example.dk/auth', tokenUrl },
          { clientId: 'c', clientSecret: SECRET },
        ).getOAuthAccessToken('code', { grant_type: 'authorization_code' }, (error, _a, _r, results) =>
          resolve({ error, results }),
        ),
      );

    const refused = await exchange(`${internal.origin}/token`);
    expect(refused.error).toBeInstanceOf(OidcRequestError);
    expect(refused.error).toMatchObject({ kind: 'blocked' });
    expect(internal.heard).toEqual([]);

    // The same client does send where the policy allows it: the refusal above is the policy's.
    const answered = await exchange(`${reachable.origin}/token`);
    expect(answered).toMatchObject({ error: null, results: { id_token: 'b' } });
    expect(reachable.heard).toEqual(['POST /token']);
  });

  it('refuses an issuer on an internal address when it is saved, naming the field', async () => {
    for (const issuer of ['https://169.254.169.254', 'https://10.0.0.1', 'https://127.0.0.2/realms/x']) {
      const refused = await platform.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, {
        issuer,
        clientId: 'odder-app',
        clientSecret: 'hemmelig-klientnoegle',
      });
      expect(refused.status).toBe(400);
      const problem = refused.json<{ errors: { field: string; message: string }[] }>();
      expect(problem.errors[0]).toMatchObject({
        field: 'issuer',
        message: expect.stringContaining('spærret'),
      });
    }
    expect(
      await fixture
        .dataSource()
        .query(`SELECT 1 FROM platform.oidc_providers WHERE tenant_id = $1`, [odder.tenant.id]),
    ).toEqual([]);
  });

  it('checks the issuer form a preset needs, and keeps server variables from tenant administrators', async () => {
    const entra = await platform.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, {
      preset: 'entra_id',
      issuer: 'https://login.microsoftonline.com/common/v2.0',
      clientId: 'odder-app',
      clientSecret: 'hemmelig-klientnoegle',
    });
    expect(entra.status).toBe(400);
    expect(entra.json<{ errors: { field: string; message: string }[] }>().errors[0]).toMatchObject({
      field: 'issuer',
      message: expect.stringContaining('login.microsoftonline.com/<mappe-id>/v2.0'),
    });
    const keycloak = await platform.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, {
      preset: 'keycloak',
      issuer: 'https://idp.odder.example/realms/odder',
      clientId: 'odder-app',
      clientSecret: 'hemmelig-klientnoegle',
    });
    expect(keycloak.status).toBe(200);
    expect(keycloak.json()).toMatchObject({ preset: 'keycloak', allowedOrigins: [] });

    const registration = await ane.send('GET', '/api/v1/admin/oidc/registration');
    expect(registration.json()).toMatchObject({
      redirectUri: expect.stringMatching(
        new RegExp(`^http://${aarhus.tenant.slug}\\.localhost:\\d+/auth/callback$`),
      ),
      postLogoutRedirectUri: expect.stringMatching(
        new RegExp(`^http://${aarhus.tenant.slug}\\.localhost:\\d+/$`),
      ),
      developmentIdpAvailable: true,
    });

    const borrowed = await ane.send('PUT', '/api/v1/admin/oidc', {
      issuer: 'https://idp.aarhus.example/realms/aarhus',
      clientId: 'aarhus-app',
      clientSecretEnv: 'OIDC_CLIENT_SECRET_OUTBOUND',
    });
    expect(borrowed.status).toBe(400);
    expect(borrowed.json<{ errors: { field: string }[] }>().errors[0].field).toBe('clientSecretEnv');
  });

  it('"Test forbindelse" says step by step what is right and what is wrong', async () => {
    const test = async (issuer: string) =>
      (await ane.send('POST', '/api/v1/admin/oidc/test', { issuer })).json<Report>();

    const good = await test(fixture.idp.issuer);
    expect(good).toMatchObject({ ok: true, saved: false });
    expect(failedSteps(good)).toEqual([]);
    // Every step ran, the key set last.
    expect(good.steps).toHaveLength(7);
    expect(good.steps.at(-1)).toMatchObject({
      step: 'jwks',
      message: expect.stringContaining('til signering'),
    });

    const notJson = await countingServer('127.0.0.1', () => ({ text: '<html>Log ind</html>' }));
    const wrongIssuer = await issuerServer((origin) => ({
      ...sameOriginDocument(origin),
      issuer: `${origin}/other`,
    }));
    const incomplete = await issuerServer((origin) => ({
      issuer: origin,
      authorization_endpoint: `${origin}/auth`,
    }));
    const noKeys = await issuerServer(sameOriginDocument, { keys: [] });
    const untrusted = await selfSignedServer();
    const cases: [string, string[], string][] = [
      [untrusted, ['discovery'], 'TLS-forbindelsen til 127.0.0.1'],
      [notJson.origin, ['discovery'], 'svarede ikke med JSON'],
      [wrongIssuer.origin, ['issuer'], 'angiver udstederen'],
      [incomplete.origin, ['endpoints'], 'mangler token_endpoint, jwks_uri'],
      [noKeys.origin, ['jwks'], 'ingen nøgler til signering'],
      ['https://169.254.169.254', ['address'], 'spærret'],
    ];
    for (const [issuer, failed, words] of cases) {
      const report = await test(issuer);
      expect(report.ok).toBe(false);
      expect(failedSteps(report)).toEqual(failed);
      expect(report.steps.find((step) => !step.ok)?.message).toContain(words);
    }
    // Aarhus has saved nothing yet: an empty body has nothing to test.
    expect((await ane.send('POST', '/api/v1/admin/oidc/test', {})).status).toBe(404);
  });

  it('records the test of the saved configuration in the tenant’s own log only', async () => {
    const saved = await ane.send('PUT', '/api/v1/admin/oidc', {
      issuer: fixture.idp.issuer,
      clientId: 'socialkompas-test',
      clientSecret: 'test-client-secret-0123456789',
    });
    expect(saved.status).toBe(200);
    const report = (await ane.send('POST', '/api/v1/admin/oidc/test', {})).json<Report>();
    expect(report).toMatchObject({ ok: true, saved: true });
    expect((await ane.send('GET', '/api/v1/admin/oidc')).json()).toMatchObject({ lastTest: { ok: true } });
    expect(await fixture.auditActions(aarhus.tenant)).toContainEqual(
      expect.objectContaining({ action: 'test_connection', entity_type: 'oidc_provider' }),
    );
    expect((await fixture.auditActions(odder.tenant)).map((entry) => entry.action)).not.toContain(
      'test_connection',
    );
    // A login through the saved configuration still works.
    expect((await fixture.login(new BrowserClient(), aarhus.host, 'ane')).json()).toMatchObject({
      authenticated: true,
    });
  });

  it('gives a tenant administrator no test or change of another tenant', async () => {
    const platformRoute = await ane.send('POST', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc/test`, {
      issuer: fixture.idp.issuer,
    });
    expect(platformRoute.status).toBe(403);
    expect(
      (await ane.send('POST', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc/development`)).status,
    ).toBe(403);
    // Ane's session belongs to Aarhus's host: on Odder's she is nobody.
    const elsewhere = await ane.browser.request('POST', `http://${odder.host}/api/v1/admin/oidc/test`, {
      headers: { accept: 'application/json' },
      json: { issuer: fixture.idp.issuer },
    });
    expect([401, 403]).toContain(elsewhere.status);
    expect((await fixture.auditActions(odder.tenant)).map((entry) => entry.action)).not.toContain(
      'test_connection',
    );
  });
});

describe('an issuer whose name resolves to a private address', () => {
  let fixture: LoginFixture;

  beforeAll(async () => {
    process.env.OIDC_CLIENT_SECRET_RESOLVED = SECRET;
    // No allow-list: loopback is forbidden as it is in production.
    fixture = await LoginFixture.start([]);
  });

  afterAll(async () => {
    await fixture.close();
    delete process.env.OIDC_CLIENT_SECRET_RESOLVED;
  });

  it('is refused at login, and nothing reaches the server behind the name', async () => {
    const issuer = await issuerServer(sameOriginDocument);
    // localhost resolves to 127.0.0.1: the name passes any pattern, the address does not.
    const byName = issuer.origin.replace('127.0.0.1', 'localhost');
    const site = await fixture.tenant('resolved');
    await fixture.dataSource().query(
      `INSERT INTO platform.oidc_providers (tenant_id, issuer, client_id, client_secret_env)
       VALUES ($1, $2, 'c', 'OIDC_CLIENT_SECRET_RESOLVED')`,
      [site.tenant.id, byName],
    );
    const login = await new BrowserClient().get(`http://${site.host}/auth/login`, { followRedirects: false });
    expect(login.status).toBe(503);
    expect(login.body).toContain('spærret');
    expect(login.body).toContain('127.0.0.1');
    expect(issuer.heard).toEqual([]);
  });
});

describe('the development IdP of the demo', () => {
  let fixture: LoginFixture;
  const platformSlug = uniqueSlug('platform');

  beforeAll(async () => {
    fixture = await LoginFixture.start([person('pia', 'Pia Platform')], {
      env: { PLATFORM_ADMIN_TENANT: platformSlug },
      followRegistry: true,
    });
    const own = await fixture.tenant('platform', { slug: platformSlug });
    await fixture.invite(own.tenant, 'pia', 'platform_admin');
  });

  afterAll(() => fixture.close());

  it('lets a tenant created at run time log in at once, as a freshly invited address', async () => {
    const platform = await new StaffBrowser(fixture, `${platformSlug}.localhost:${fixture.port}`).login(
      'pia',
    );
    const slug = uniqueSlug('odder');
    expect(
      (
        await platform.send('POST', '/api/v1/platform/tenants', {
          slug,
          name: 'Odder Kommune',
          kind: 'municipality',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await platform.send('POST', `/api/v1/platform/tenants/${slug}/invitations`, {
          email: 'it@odder.dk',
          role: 'tenant_admin',
        })
      ).status,
    ).toBe(201);
    const development = await platform.send('POST', `/api/v1/platform/tenants/${slug}/oidc/development`);
    expect(development.status).toBe(200);
    expect(development.json()).toMatchObject({ preset: 'development', issuer: fixture.idp.issuer });

    const me = await fixture.login(new BrowserClient(), `${slug}.localhost:${fixture.port}`, 'it@odder.dk');
    expect(me.json()).toMatchObject({
      authenticated: true,
      role: 'tenant_admin',
      user: { email: 'it@odder.dk' },
    });
  });

  it('is no choice where no development IdP runs', async () => {
    const testApp = await startTestApp({ grantAllRoles: true });
    try {
      const slug = uniqueSlug('nodev');
      await testApp.provision({ slug, name: 'Uden IdP' });
      const response = await request(testApp.app.getHttpServer())
        .post(`/api/v1/platform/tenants/${slug}/oidc/development`)
        .set('Host', `${slug}.localhost`)
        .set('Accept', 'application/json');
      expect(response.status).toBe(404);
      expect(response.body.detail).toContain('kun i den lokale demo');
    } finally {
      await testApp.close();
    }
  });
});
