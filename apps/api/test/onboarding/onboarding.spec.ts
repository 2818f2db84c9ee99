import { LoginFixture, StaffBrowser, startTestApp, type TestApp, uniqueSlug } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';
import { SearchIndex } from '@socialkompas/catalogue';
import { DemoSeeder } from '@socialkompas/demo';
import { TenancyService, TenantRegistry } from '@socialkompas/tenancy';
import request from 'supertest';
import { MALICIOUS_SVGS, pngLogo, SAFE_SVG } from './logo-files';

const person = (login: string, name: string) => ({ login, name, email: `${login}@example.dk` });

interface Checklist {
  mailDelivered: boolean;
  steps: { key: string; status: 'done' | 'todo'; detail: string }[];
}

/** The checklist as `key: status: detail` lines, the way a person reads it. */
const lines = (checklist: Checklist) =>
  checklist.steps.map((step) => `${step.key}: ${step.status}: ${step.detail}`);

describe('onboarding a municipality: checklist, theme and logo, first administrator, accessibility statement', () => {
  let fixture: LoginFixture;
  let platform: { tenant: Tenant; host: string };
  let other: { tenant: Tenant; host: string };
  let pia: StaffBrowser;
  let bo: StaffBrowser;
  const platformSlug = uniqueSlug('onb_platform');
  const odderSlug = uniqueSlug('odder');
  let odderHost: string;
  const odderDomain = `tilbud.${odderSlug.replace('_', '-')}.example`;
  const odder = (path = '') => `/api/v1/platform/tenants/${odderSlug}${path}`;

  beforeAll(async () => {
    fixture = await LoginFixture.start(
      [person('pia', 'Pia Platform'), person('anna', 'Anna Admin'), person('bo', 'Bo Andenkommune')],
      {
        env: { PLATFORM_ADMIN_TENANT: platformSlug },
        smtp: true,
      },
    );
    platform = await fixture.tenant('onb_platform', { slug: platformSlug });
    await fixture.invite(platform.tenant, 'pia', 'platform_admin');
    pia = await new StaffBrowser(fixture, platform.host).login('pia');
    other = await fixture.tenant('onb_other');
    await fixture.invite(other.tenant, 'bo', 'tenant_admin');
    bo = await new StaffBrowser(fixture, other.host).login('bo');

    const created = await pia.send('POST', '/api/v1/platform/tenants', {
      slug: odderSlug,
      name: 'Odder Kommune',
      kind: 'municipality',
      domains: [odderDomain],
    });
    expect(created.status).toBe(201);
    odderHost = `${odderSlug}.localhost:${fixture.port}`;
    fixture.registerHosts([odderHost]);
  });

  afterAll(() => fixture?.close());

  const checklist = async () => {
    const response = await pia.send('GET', odder('/onboarding'));
    expect(response.status).toBe(200);
    return response.json<Checklist>();
  };
  const publicTenant = async (host = odderHost) =>
    (await request(fixture.testApp.app.getHttpServer()).get('/api/v1/tenant').set('Host', host).expect(200))
      .body;
  const fetchFromHost = (host: string, path: string) =>
    request(fixture.testApp.app.getHttpServer())
      .get(path)
      .set('Host', host)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('shows a new tenant’s page and a checklist read from live data, everything but the tenant still to do', async () => {
    const detail = await pia.send('GET', odder());
    expect(detail.status).toBe(200);
    expect(detail.json()).toMatchObject({
      slug: odderSlug,
      name: 'Odder Kommune',
      kind: 'municipality',
      status: 'active',
      domains: [odderDomain],
      region: null,
      publicUrl: expect.stringMatching(new RegExp(`^http://${odderSlug}\\.localhost:\\d+$`)),
    });
    expect(lines(await checklist())).toEqual([
      expect.stringMatching(
        new RegExp(
          `^tenant: done: Odder Kommune: ${odderSlug}\\.localhost:\\d+, ${odderDomain.replace(/\./g, '\\.')}$`,
        ),
      ),
      'theme: todo: Tema: standardfarver, intet logo',
      'identity_provider: todo: Login: ingen identitetsudbyder endnu',
      'first_admin: todo: Første administrator: ingen inviteret endnu',
      'accessibility: todo: Tilgængelighedserklæring: mangler',
      'catalogue: todo: Katalog: 0 tilbud',
    ]);
    expect((await pia.send('GET', '/api/v1/platform/tenants/ukendt_kommune/onboarding')).status).toBe(404);
  });

  it('sets the colours through the platform route with the admin page’s contrast check, audited in the tenant’s log', async () => {
    const refused = await pia.send('PATCH', odder('/theme'), { primaryColor: '#aabbcc' });
    expect(refused.status).toBe(400);
    expect(refused.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(
      'primaryColor',
    );
    const saved = await pia.send('PATCH', odder('/theme'), {
      primaryColor: '#00594F',
      primaryTextColor: '#ffffff',
    });
    expect(saved.status).toBe(200);
    expect(saved.json()).toEqual({ primaryColor: '#00594f', primaryTextColor: '#ffffff' });
    expect((await publicTenant()).theme).toEqual({ primaryColor: '#00594f', primaryTextColor: '#ffffff' });
    expect((await pia.send('GET', odder('/theme'))).json()).toEqual({
      primaryColor: '#00594f',
      primaryTextColor: '#ffffff',
    });
    const odderTenant = { ...platform.tenant, slug: odderSlug };
    expect(await fixture.auditActions(odderTenant)).toContainEqual(
      expect.objectContaining({
        action: 'update_theme',
        changes: {
          primaryColor: { from: null, to: '#00594f' },
          primaryTextColor: { from: null, to: '#ffffff' },
        },
      }),
    );
    expect((await checklist()).steps[1]).toEqual({
      key: 'theme',
      status: 'done',
      detail: 'Tema: farver sat, intet logo',
    });
  });

  it('stores an uploaded SVG logo in the database and serves it under its content hash, cached for a year', async () => {
    const uploaded = await pia.upload('PUT', odder('/logo'), 'image/svg+xml', SAFE_SVG);
    expect(uploaded.status).toBe(200);
    const logoUrl = uploaded.json<{ logoUrl: string }>().logoUrl;
    expect(logoUrl).toMatch(/^\/logo\/[0-9a-f]{16}\.svg$/);
    expect((await publicTenant()).theme.logoUrl).toBe(logoUrl);

    const served = await fetchFromHost(odderHost, logoUrl).expect(200);
    expect(served.body).toEqual(SAFE_SVG);
    expect(served.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toContain("default-src 'none'");
    expect(served.headers['content-security-policy']).not.toMatch(/script-src/);
    // The same address on another tenant's host is not this logo.
    await fetchFromHost(other.host, logoUrl).expect(404);
    await fetchFromHost(odderHost, logoUrl.replace('.svg', '.png')).expect(404);

    // A new file is a new address; the old one is gone, so a year-long cache never shows a stale logo.
    const png = pngLogo();
    const replaced = await pia.upload('PUT', odder('/logo'), 'image/svg+xml', png);
    expect(replaced.status).toBe(200);
    const pngUrl = replaced.json<{ logoUrl: string }>().logoUrl;
    expect(pngUrl).toMatch(/^\/logo\/[0-9a-f]{16}\.png$/);
    const servedPng = await fetchFromHost(odderHost, pngUrl).expect(200);
    expect(servedPng.headers['content-type']).toMatch(/^image\/png/);
    expect(servedPng.body).toEqual(png);
    await fetchFromHost(odderHost, logoUrl).expect(404);
    expect((await checklist()).steps[1]).toEqual({
      key: 'theme',
      status: 'done',
      detail: 'Tema: farver og logo sat',
    });
  });

  it('refuses a logo over 200 KB and one that is no PNG, SVG or WebP by its bytes, in Danish', async () => {
    const large = await pia.upload('PUT', odder('/logo'), 'image/png', pngLogo(2, 205 * 1024));
    expect(large.status).toBe(400);
    expect(large.json()).toMatchObject({
      errors: [
        {
          field: 'logo',
          message: expect.stringMatching(/^Logoet fylder 206 KB; det må højst fylde 200 KB\./),
        },
      ],
    });
    const jpeg = await pia.upload(
      'PUT',
      odder('/logo'),
      'image/png',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
    );
    expect(jpeg.json<{ errors: { message: string }[] }>().errors[0].message).toBe(
      'Filen er et JPEG-billede. Logoet skal være PNG, SVG eller WebP.',
    );
    const text = await pia.upload(
      'PUT',
      odder('/logo'),
      'image/png',
      Buffer.from('Dette er ikke et billede'),
    );
    expect(text.status).toBe(400);
    expect(text.json<{ errors: { message: string }[] }>().errors[0].message).toMatch(
      /hverken et PNG-, SVG- eller WebP-billede/,
    );
    const empty = await pia.send('PUT', odder('/logo'), { logo: 'x' });
    expect(empty.status).toBe(400);
    expect((await publicTenant()).theme.logoUrl).toMatch(/\.png$/);
  });

  it.each(MALICIOUS_SVGS)('refuses an SVG with $name and says what to remove', async ({ svg, says }) => {
    const refused = await pia.upload('PUT', odder('/logo'), 'image/svg+xml', Buffer.from(svg));
    expect(refused.status).toBe(400);
    const [error] = refused.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(error.field).toBe('logo');
    expect(error.message).toMatch(/^SVG-filen kan ikke bruges: /);
    expect(error.message).toMatch(says);
    expect((await publicTenant()).theme.logoUrl).toMatch(/\.png$/);
  });

  it('lets a tenant administrator change only their own tenant’s logo', async () => {
    const own = await bo.upload('PUT', '/api/v1/admin/theme/logo', 'image/svg+xml', SAFE_SVG);
    expect(own.status).toBe(200);
    expect((await publicTenant(other.host)).theme.logoUrl).toBe(own.json<{ logoUrl: string }>().logoUrl);
    const before = (await publicTenant()).theme.logoUrl;
    // Through the platform route: not a platform administrator.
    expect((await bo.upload('PUT', odder('/logo'), 'image/svg+xml', SAFE_SVG)).status).toBe(403);
    expect((await bo.send('DELETE', odder('/logo'))).status).toBe(403);
    expect((await bo.send('PATCH', odder('/theme'), { primaryColor: '#000000' })).status).toBe(403);
    // On the other tenant's host, Bo's login counts for nothing.
    const elsewhere = await bo.browser.request('PUT', `http://${odderHost}/api/v1/admin/theme/logo`, {
      headers: { accept: 'application/json' },
      file: { contentType: 'image/svg+xml', bytes: SAFE_SVG },
    });
    expect([401, 403]).toContain(elsewhere.status);
    expect((await publicTenant()).theme.logoUrl).toBe(before);
    const removed = await bo.send('DELETE', '/api/v1/admin/theme/logo');
    expect(removed.json()).toEqual({});
    expect((await publicTenant()).theme.logoUrl).toBe(before);
  });

  it('invites the first administrator, whose mail arrives with the tenant’s login address, and who then logs in', async () => {
    const invited = await pia.send('POST', odder('/invitations'), {
      email: 'anna@example.dk',
      role: 'tenant_admin',
    });
    expect(invited.status).toBe(201);
    const mail = await fixture.mailTo('anna@example.dk');
    expect(mail.subject).toBe('Du er inviteret til Odder Kommunes Socialkompas');
    expect(mail.text).toMatch(new RegExp(`http://${odderSlug}\\.localhost:\\d+/auth/login`));
    expect(mail.html).toContain('Odder Kommune');
    const waitForSent = async () => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const step = (await checklist()).steps[3];
        if (step.detail.endsWith('invitationen er sendt')) return step;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return (await checklist()).steps[3];
    };
    expect(await waitForSent()).toEqual({
      key: 'first_admin',
      status: 'done',
      detail: 'Første administrator: inviteret anna@example.dk, ikke logget ind endnu, invitationen er sendt',
    });
    expect((await checklist()).mailDelivered).toBe(true);

    await new StaffBrowser(fixture, odderHost).login('anna');
    expect((await checklist()).steps[3].detail).toBe('Første administrator: anna@example.dk har logget ind');
  });

  it('generates an accessibility statement from the model’s headings, linked from /was and the footer', async () => {
    const invalid = await pia.send('PUT', odder('/accessibility-statement'), {
      generated: {
        compliance: 'partial',
        evaluation: 'self',
        preparedOn: '2026-12-03',
        contactEmail: 'nej',
        contactPhone: '12',
      },
    });
    expect(invalid.status).toBe(400);
    expect(
      invalid
        .json<{ errors: { field: string }[] }>()
        .errors.map((error) => error.field)
        .sort(),
    ).toEqual(['generated.contactEmail', 'generated.contactPhone']);
    expect((await pia.send('PUT', odder('/accessibility-statement'), {})).status).toBe(400);

    const generated = {
      compliance: 'partial',
      evaluation: 'self',
      evaluationNote: 'Automatisk test med axe og manuel gennemgang',
      inaccessibleContent: null,
      preparedOn: '2026-12-03',
      contactEmail: 'tilgaengelighed@odder.dk',
      contactPhone: '87 80 33 33',
    };
    const saved = await pia.send('PUT', odder('/accessibility-statement'), { generated });
    expect(saved.status).toBe(200);
    expect(saved.json()).toEqual({ url: null, generated, address: '/tilgaengelighed' });
    expect((await publicTenant()).accessibilityStatementUrl).toBe('/tilgaengelighed');
    expect(await fixture.auditActions({ ...platform.tenant, slug: odderSlug })).toContainEqual(
      expect.objectContaining({
        action: 'update_settings',
        changes: { accessibilityStatement: { from: null, to: generated } },
      }),
    );
    const statement = await request(fixture.testApp.app.getHttpServer())
      .get('/api/v1/tenant/accessibility-statement')
      .set('Host', odderHost)
      .expect(200);
    expect(statement.body).toEqual({
      ...generated,
      tenantName: 'Odder Kommune',
      siteUrl: expect.stringContaining(odderSlug),
    });
    await request(fixture.testApp.app.getHttpServer())
      .get('/api/v1/tenant/accessibility-statement')
      .set('Host', other.host)
      .expect(404);
    const was = await request(fixture.testApp.app.getHttpServer())
      .get('/was')
      .set('Host', odderHost)
      .expect(302);
    expect(was.headers.location).toBe('/tilgaengelighed');
    expect((await checklist()).steps[4]).toEqual({
      key: 'accessibility',
      status: 'done',
      detail: 'Tilgængelighedserklæring: genereret side på /tilgaengelighed',
    });

    // The tenant's own statement replaces the generated one.
    const own = await pia.send('PUT', odder('/accessibility-statement'), {
      url: 'https://www.was.digst.dk/odder-dk',
    });
    expect(own.json()).toEqual({
      url: 'https://www.was.digst.dk/odder-dk',
      generated: null,
      address: 'https://www.was.digst.dk/odder-dk',
    });
    const redirected = await request(fixture.testApp.app.getHttpServer())
      .get('/was')
      .set('Host', odderHost)
      .expect(302);
    expect(redirected.headers.location).toBe('https://www.was.digst.dk/odder-dk');
    expect(
      (await bo.send('PUT', odder('/accessibility-statement'), { url: 'https://evil.example/' })).status,
    ).toBe(403);
  });

  it('counts the catalogue in the checklist once offers exist', async () => {
    const odderTenant = await fixture.testApp.app.get(TenantRegistry).findBySlug(odderSlug);
    if (!odderTenant) throw new Error('Odder is gone');
    await new DemoSeeder(fixture.testApp.app.get(TenancyService), fixture.testApp.app.get(SearchIndex)).seed(
      odderTenant,
      {
        offerCount: 5,
        seed: 3,
      },
    );
    const [{ total, published }] = await fixture
      .dataSource()
      .query(
        `SELECT count(*)::int AS total, (count(*) FILTER (WHERE status = 'published'))::int AS published FROM "t_${odderSlug}".offers`,
      );
    expect(total).toBeGreaterThan(0);
    expect((await checklist()).steps[5]).toEqual({
      key: 'catalogue',
      status: 'done',
      detail: `Katalog: ${total} tilbud, ${published} offentliggjort`,
    });
  });
});

describe('onboarding without an SMTP server', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ grantAllRoles: true });
  });

  afterAll(() => testApp?.close());

  it('says the invitation waits in the outbox, and that no mail leaves', async () => {
    const slug = uniqueSlug('nosmtp');
    const { tenant } = await testApp.provision({ slug, name: 'Samsø Kommune' });
    const http = () => request(testApp.app.getHttpServer());
    await http()
      .post(`/api/v1/platform/tenants/${slug}/invitations`)
      .set('Host', `${slug}.localhost`)
      .send({ email: 'it@samsoe.dk', role: 'tenant_admin' })
      .expect(201);
    const answer = await http()
      .get(`/api/v1/platform/tenants/${slug}/onboarding`)
      .set('Host', `${tenant.slug}.localhost`)
      .expect(200);
    expect(answer.body.mailDelivered).toBe(false);
    expect(answer.body.steps[3]).toEqual({
      key: 'first_admin',
      status: 'done',
      detail:
        'Første administrator: inviteret it@samsoe.dk, ikke logget ind endnu, invitationen venter i udbakken: der er ingen SMTP-server',
    });
  });
});
