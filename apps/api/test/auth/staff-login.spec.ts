import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import { DevelopmentIdp, startDevelopmentIdp } from '@socialkompas/auth';
import { BrowserClient, LoginFixture } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';

const person = (login: string, name: string, groups?: string[]) => ({
  login,
  name,
  email: `${login}@example.dk`,
  groups,
});
const COOKIE = 'socialkompas_session';
const OWN_CLIENT_SECRET = 'own-issuer-secret-0123456789';

function sessionCookie(browser: BrowserClient, host: string): string {
  const value = browser.cookie(host, COOKIE);
  if (!value) throw new Error(`No session cookie for ${host}`);
  return value;
}

describe('staff login through the tenant’s identity provider', () => {
  let fixture: LoginFixture;
  let aarhus: { tenant: Tenant; host: string };
  let odder: { tenant: Tenant; host: string };
  let offer: { id: string; version: number };

  beforeAll(async () => {
    fixture = await LoginFixture.start(
      [
        person('anna', 'Anna Redaktør'),
        person('bo', 'Bo Medarbejder'),
        person('carl', 'Carl fra Odder'),
        person('dorte', 'Dorte uden invitation'),
        person('erik', 'Erik Gruppe', ['sk-redaktoerer']),
        { ...person('gitte', 'Gitte uden bekræftet adresse'), emailVerified: false },
      ],
      { oidcAllowAddresses: ['127.0.0.1'] },
    );
    aarhus = await fixture.tenant('aarhus', { offers: 3 });
    odder = await fixture.tenant('odder');
    await fixture.invite(aarhus.tenant, 'anna', 'editor');
    await fixture.invite(aarhus.tenant, 'bo', 'staff');
    await fixture.invite(odder.tenant, 'carl', 'editor');
    await fixture.invite(aarhus.tenant, 'gitte', 'editor');
    [offer] = await fixture
      .dataSource()
      .query(`SELECT id, version FROM "t_${aarhus.tenant.slug}".offers ORDER BY id LIMIT 1`);
  });

  afterAll(() => fixture.close());

  const editOffer = (client: BrowserClient, host: string, headers: Record<string, string>, title: string) =>
    client.request('PATCH', `http://${host}/api/v1/offers/${offer.id}`, {
      headers: { accept: 'application/json', ...headers },
      json: { version: offer.version, name: title },
    });

  it('lets an invited editor log in with a fresh session, edit an offer, and audits both under their name', async () => {
    const browser = new BrowserClient();
    await browser.get(`http://${aarhus.host}/auth/login`, { followRedirects: false });
    const sessionBeforeLogin = browser.cookie(aarhus.host, COOKIE);
    expect(sessionBeforeLogin).toBeDefined();

    const me = await fixture.login(browser, aarhus.host, 'anna');
    expect(me.url).toBe(`http://${aarhus.host}/api/v1/me`);
    expect(me.json()).toMatchObject({
      authenticated: true,
      role: 'editor',
      user: { name: 'Anna Redaktør', email: 'anna@example.dk' },
      tenant: { slug: aarhus.tenant.slug },
    });
    // A new session id at login: whatever id the browser had before is worth nothing after.
    expect(browser.cookie(aarhus.host, COOKIE)).not.toBe(sessionBeforeLogin);

    const csrf = await fixture.csrfToken(browser, aarhus.host);
    const edited = await editOffer(browser, aarhus.host, { 'x-csrf-token': csrf }, 'Sorggruppe for voksne');
    expect(edited.status).toBe(200);
    expect(edited.json()).toMatchObject({ offer: { name: 'Sorggruppe for voksne' } });
    offer.version = edited.json<{ offer: { version: number } }>().offer.version;

    const audit = await fixture.auditActions(aarhus.tenant);
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'login',
          entity_type: 'user',
          actor: 'Anna Redaktør',
          changes: { role: 'editor', via: 'invitation' },
        }),
        expect.objectContaining({ action: 'update', entity_type: 'offer', actor: 'Anna Redaktør' }),
      ]),
    );
    const [membership] = await fixture
      .dataSource()
      .query(
        `SELECT status, user_id FROM platform.memberships WHERE tenant_id = $1 AND email = 'anna@example.dk'`,
        [aarhus.tenant.id],
      );
    expect(membership.status).toBe('active');
  });

  it('refuses the same edit to a staff member with 403', async () => {
    const browser = new BrowserClient();
    expect((await fixture.login(browser, aarhus.host, 'bo')).json()).toMatchObject({ role: 'staff' });
    const csrf = await fixture.csrfToken(browser, aarhus.host);
    const refused = await editOffer(browser, aarhus.host, { 'x-csrf-token': csrf }, 'Bo var her');
    expect(refused.status).toBe(403);
    expect(refused.json<{ detail: string }>().detail).toContain('editor');
  });

  it('refuses a logged-in change without the CSRF token, or with a wrong one, and changes nothing', async () => {
    const browser = new BrowserClient();
    await fixture.login(browser, aarhus.host, 'anna');
    for (const headers of [{}, { 'x-csrf-token': 'forged' }] as Record<string, string>[]) {
      const refused = await editOffer(browser, aarhus.host, headers, 'Uden token');
      expect(refused.status).toBe(403);
      expect(refused.json()).toMatchObject({ title: 'Ugyldig CSRF-token' });
    }
    const [row] = await fixture
      .dataSource()
      .query(`SELECT name FROM "t_${aarhus.tenant.slug}".offers WHERE id = $1`, [offer.id]);
    expect(row.name).not.toBe('Uden token');
  });

  it('asks no CSRF token where a request uses no staff authority, e.g. a citizen’s error report', async () => {
    const browser = new BrowserClient();
    await fixture.login(browser, aarhus.host, 'anna');
    const [published] = await fixture
      .dataSource()
      .query(`SELECT id FROM "t_${aarhus.tenant.slug}".offers WHERE status = 'published' LIMIT 1`);
    const report = await browser.request('POST', `http://${aarhus.host}/api/v1/error-reports`, {
      headers: { accept: 'application/json' },
      json: { offerId: published.id, message: 'Telefonnummeret er forkert.' },
    });
    expect(report.status).toBe(201);
  });

  it('gives another tenant’s editor nothing here: no login, and their session cookie does not count', async () => {
    const browser = new BrowserClient();
    expect((await fixture.login(browser, odder.host, 'carl')).json()).toMatchObject({
      authenticated: true,
      role: 'editor',
    });
    const csrf = await fixture.csrfToken(browser, odder.host);

    // The Odder session cookie presented on Aarhus' host.
    browser.setCookie(aarhus.host, COOKIE, sessionCookie(browser, odder.host));
    expect((await browser.get(`http://${aarhus.host}/api/v1/me`)).json()).toMatchObject({
      authenticated: false,
    });
    expect((await editOffer(browser, aarhus.host, { 'x-csrf-token': csrf }, 'Fra Odder')).status).toBe(401);

    // Logging in at Aarhus: Carl is not invited there.
    const refused = await fixture.login(new BrowserClient(), aarhus.host, 'carl');
    expect(refused.status).toBe(403);
    // A browser gets a Danish page with a way on, not a JSON problem.
    expect(refused.headers['content-type']).toContain('text/html');
    expect(refused.body).toContain('<h1>Login afvist</h1>');
    expect(refused.body).toContain('Du er ikke inviteret til Socialkompas i denne kommune');
    expect(refused.body).toContain('href="/auth/login"');
    expect(refused.body).toContain(`${aarhus.tenant.name} · Socialkompas`);
    const audit = await fixture.auditActions(aarhus.tenant);
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'login_failed',
        actor: 'Carl fra Odder',
        changes: { reason: 'not_invited', email: 'carl@example.dk' },
      }),
    );
  });

  it('refuses someone without an invitation, and audits the attempt', async () => {
    const refused = await fixture.login(new BrowserClient(), aarhus.host, 'dorte');
    expect(refused.status).toBe(403);
    const [{ count }] = await fixture
      .dataSource()
      .query(`SELECT count(*)::int AS count FROM platform.memberships WHERE email = 'dorte@example.dk'`);
    expect(count).toBe(0);
    expect(await fixture.auditActions(aarhus.tenant)).toContainEqual(
      expect.objectContaining({ action: 'login_failed', actor: 'Dorte uden invitation' }),
    );
  });

  it('does not match an invitation to an address the IdP has not verified', async () => {
    expect((await fixture.login(new BrowserClient(), aarhus.host, 'gitte')).status).toBe(403);
    const [invitation] = await fixture
      .dataSource()
      .query(`SELECT status FROM platform.memberships WHERE email = 'gitte@example.dk'`);
    expect(invitation.status).toBe('invited');
  });

  it('ends the session at logout, here and at the identity provider', async () => {
    const browser = new BrowserClient();
    await fixture.login(browser, aarhus.host, 'anna');
    const session = sessionCookie(browser, aarhus.host);
    const csrf = await fixture.csrfToken(browser, aarhus.host);

    const logout = await browser.request('POST', `http://${aarhus.host}/auth/logout`, {
      headers: { 'x-csrf-token': csrf },
      followRedirects: false,
    });
    expect(logout.status).toBe(303);
    const endSession = new URL(String(logout.headers.location));
    expect(endSession.origin).toBe(fixture.idp.issuer);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`http://${aarhus.host}/`);

    // The old cookie, replayed, is nobody.
    const replay = new BrowserClient();
    replay.setCookie(aarhus.host, COOKIE, session);
    expect((await replay.get(`http://${aarhus.host}/api/v1/me`)).json()).toMatchObject({
      authenticated: false,
    });

    // The IdP asks to confirm its own logout, then sends the browser home.
    const confirm = await browser.get(endSession.href);
    const home = await browser.submitForm(confirm, { logout: 'yes' });
    expect(home.url).toBe(`http://${aarhus.host}/`);
    expect(await fixture.auditActions(aarhus.tenant)).toContainEqual(
      expect.objectContaining({ action: 'logout', actor: 'Anna Redaktør' }),
    );
  });

  it('ends a session after the idle time-out, and after the absolute time-out however active', async () => {
    const idle = new BrowserClient();
    await fixture.login(idle, aarhus.host, 'anna');
    await fixture
      .dataSource()
      .query(`UPDATE platform.sessions SET expires_at = now() - interval '1 second' WHERE id_hash = $1`, [
        fixture.sessionKey(idle, aarhus.host),
      ]);
    expect((await idle.get(`http://${aarhus.host}/api/v1/me`)).json()).toMatchObject({
      authenticated: false,
    });

    const active = new BrowserClient();
    await fixture.login(active, aarhus.host, 'anna');
    const thirteenHoursAgo = Date.now() - 13 * 3_600_000;
    await fixture
      .dataSource()
      .query(
        `UPDATE platform.sessions SET data = jsonb_set(data, '{login,authenticatedAt}', to_jsonb($2::bigint)) WHERE id_hash = $1`,
        [fixture.sessionKey(active, aarhus.host), thirteenHoursAgo],
      );
    expect((await active.get(`http://${aarhus.host}/api/v1/me`)).json()).toMatchObject({
      authenticated: false,
    });
  });

  it('rejects a tampered state', async () => {
    const browser = new BrowserClient();
    const callback = await fixture.callbackUrl(browser, aarhus.host, 'anna');
    callback.searchParams.set('state', 'tampered-state');
    const refused = await browser.get(callback.href);
    expect(refused.status).toBe(401);
    expect((await browser.get(`http://${aarhus.host}/api/v1/me`)).json()).toMatchObject({
      authenticated: false,
    });
    expect(await fixture.auditActions(aarhus.tenant)).toContainEqual(
      expect.objectContaining({ action: 'login_failed', changes: { reason: 'invalid_state' } }),
    );
  });

  it('rejects a replayed callback', async () => {
    const browser = new BrowserClient();
    const callback = await fixture.callbackUrl(browser, aarhus.host, 'anna');
    const first = await browser.get(callback.href, { followRedirects: false });
    expect(first.status).toBe(302);
    const replayed = await browser.get(callback.href, { followRedirects: false });
    expect(replayed.status).toBe(401);
  });

  it('rejects an ID token whose nonce belongs to another login', async () => {
    // Victim starts a login (their session holds state and nonce) …
    const victim = new BrowserClient();
    const start = await victim.get(`http://${aarhus.host}/auth/login`, { followRedirects: false });
    const victimState = String(new URL(String(start.headers.location)).searchParams.get('state'));
    // … and is handed the attacker's code, from a login with another nonce, under the victim's own state.
    const injected = await fixture.callbackUrl(new BrowserClient(), aarhus.host, 'anna');
    injected.searchParams.set('state', victimState);
    const refused = await victim.get(injected.href);
    expect(refused.status).toBe(401);
    expect((await victim.get(`http://${aarhus.host}/api/v1/me`)).json()).toMatchObject({
      authenticated: false,
    });
    const audit = await fixture.auditActions(aarhus.tenant);
    expect(audit.map((entry) => String(entry.changes.reason))).toContain('ID token contains invalid nonce.');
  });

  it('rejects a state from another tenant’s login on this tenant’s callback', async () => {
    const browser = new BrowserClient();
    const odderCallback = await fixture.callbackUrl(browser, odder.host, 'carl');
    // The browser's session is per host, so the same state on Aarhus' host is unknown there.
    browser.setCookie(aarhus.host, COOKIE, sessionCookie(browser, odder.host));
    const refused = await browser.get(`http://${aarhus.host}/auth/callback${odderCallback.search}`);
    expect(refused.status).toBe(401);
  });

  it('refuses a returnTo that leaves the host, naming the field', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      const response = await new BrowserClient().get(
        `http://${aarhus.host}/auth/login?returnTo=${encodeURIComponent(returnTo)}`,
        {
          followRedirects: false,
          headers: { accept: 'application/json' },
        },
      );
      expect(response.status).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors[0].field).toBe('returnTo');
    }
  });

  it('sends the user back to a same-host returnTo after login', async () => {
    const landing = await fixture.login(
      new BrowserClient(),
      aarhus.host,
      'anna',
      '/api/v1/tenant?from=login',
    );
    expect(landing.url).toBe(`http://${aarhus.host}/api/v1/tenant?from=login`);
  });

  describe('with the tenant’s own issuer', () => {
    let otherIdp: DevelopmentIdp;
    let impostor: Server;
    // Kept by reference: the IdP reads the groups at each login, so a test can move Erik between groups.
    const erik = person('erik', 'Erik Gruppe', ['sk-redaktoerer']);

    beforeAll(async () => {
      process.env.OIDC_CLIENT_SECRET_TEST = OWN_CLIENT_SECRET;
      otherIdp = await startDevelopmentIdp({
        port: 0,
        hostname: '127.0.0.1',
        accounts: [erik, person('frida', 'Frida uden gruppe')],
        clients: [],
      });
      // A discovery document that claims an issuer of its own but points at otherIdp's endpoints.
      const document = (await (
        await fetch(`${otherIdp.issuer}/.well-known/openid-configuration`)
      ).json()) as object;
      impostor = createServer((_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ ...document, issuer: impostorIssuer() }));
      }).listen(0, '127.0.0.1');
      await once(impostor, 'listening');
    });

    afterAll(async () => {
      impostor.close();
      await otherIdp.close();
      delete process.env.OIDC_CLIENT_SECRET_TEST;
    });

    const impostorIssuer = () => `http://127.0.0.1:${(impostor.address() as { port: number }).port}`;

    async function tenantWithIssuer(
      prefix: string,
      issuer: string,
      selfProvisioning: boolean,
      allowedOrigins: string[] = [],
    ) {
      const site = await fixture.tenant(prefix);
      otherIdp.registerClient({
        clientId: 'own-client',
        clientSecret: OWN_CLIENT_SECRET,
        redirectUris: [`http://${site.host}/auth/callback`],
        postLogoutRedirectUris: [`http://${site.host}/`],
      });
      await fixture.dataSource().query(
        `INSERT INTO platform.oidc_providers (tenant_id, issuer, client_id, client_secret_env, scopes, claim_mapping, self_provisioning, allowed_origins)
         VALUES ($1, $2, 'own-client', 'OIDC_CLIENT_SECRET_TEST', '{email,profile,groups}', $3, $4, $5)`,
        [
          site.tenant.id,
          issuer,
          JSON.stringify({ roles: { 'sk-redaktoerer': 'editor', 'sk-admins': 'tenant_admin' } }),
          selfProvisioning,
          allowedOrigins,
        ],
      );
      return site;
    }

    it('rejects an ID token from another issuer than the tenant’s', async () => {
      // The impostor's endpoints are otherIdp's: allowed here, so that the ID token check is reached.
      const site = await tenantWithIssuer('impostor', impostorIssuer(), true, [
        new URL(otherIdp.issuer).origin,
      ]);
      const refused = await fixture.login(new BrowserClient(), site.host, 'erik');
      expect(refused.status).toBe(401);
      const audit = await fixture.auditActions(site.tenant);
      expect(audit.map((entry) => String(entry.changes.reason))).toContain(
        'ID token not issued by expected OpenID provider.',
      );
    });

    it('lets in, by self-provisioning, only someone whose group claim maps to a role', async () => {
      const site = await tenantWithIssuer('selfprov', otherIdp.issuer, true);
      expect((await fixture.login(new BrowserClient(), site.host, 'erik')).json()).toMatchObject({
        authenticated: true,
        role: 'editor',
      });
      expect((await fixture.login(new BrowserClient(), site.host, 'frida')).status).toBe(403);
      expect(await fixture.auditActions(site.tenant)).toContainEqual(
        expect.objectContaining({ action: 'login', changes: { role: 'editor', via: 'self_provisioning' } }),
      );

      // The role follows the groups at every login: promoted with the group, out without one.
      erik.groups = ['sk-admins'];
      expect((await fixture.login(new BrowserClient(), site.host, 'erik')).json()).toMatchObject({
        role: 'tenant_admin',
      });
      erik.groups = [];
      expect((await fixture.login(new BrowserClient(), site.host, 'erik')).status).toBe(403);
      expect(await fixture.auditActions(site.tenant)).toContainEqual(
        expect.objectContaining({
          action: 'login_failed',
          changes: { reason: 'no_mapped_role', email: 'erik@example.dk' },
        }),
      );
      erik.groups = ['sk-redaktoerer'];
    });
  });
});

describe('login rate limit', () => {
  let fixture: LoginFixture;
  let site: { tenant: Tenant; host: string };

  beforeAll(async () => {
    fixture = await LoginFixture.start([]);
    site = await fixture.tenant('ratelimit');
  });

  afterAll(() => fixture.close());

  it('answers 429 after 30 login starts a minute from one address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt++) {
      statuses.push(
        (await new BrowserClient().get(`http://${site.host}/auth/login`, { followRedirects: false })).status,
      );
    }
    expect(statuses.slice(0, 30).every((status) => status === 302)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
