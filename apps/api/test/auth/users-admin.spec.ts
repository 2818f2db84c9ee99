import { BrowserClient, LoginFixture, StaffBrowser, uniqueSlug } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';

const person = (login: string, name: string) => ({ login, name, email: `${login}@example.dk` });

interface Membership {
  id: string;
  email: string;
  role: string;
  status: string;
  version: number;
}

describe('user administration, platform access and the audit log', () => {
  let fixture: LoginFixture;
  let aarhus: { tenant: Tenant; host: string };
  let odder: { tenant: Tenant; host: string };
  let admin: StaffBrowser;
  const aarhusSlug = uniqueSlug('aarhus');

  beforeAll(async () => {
    fixture = await LoginFixture.start(
      [
        person('ane', 'Ane Admin'),
        person('bent', 'Bent Redaktør'),
        person('odin', 'Odin Admin i Odder'),
        person('pia', 'Pia Platform'),
        person('nye', 'Ny Medarbejder'),
      ],
      {
        env: { SECRETS_KEY: 'test-secrets-key-that-is-long-enough-0123', PLATFORM_ADMIN_TENANT: aarhusSlug },
        smtp: true,
      },
    );
    // Aarhus doubles as the platform's own tenant here: its IdP vouches for platform administrators.
    aarhus = await fixture.tenant('aarhus', { slug: aarhusSlug });
    odder = await fixture.tenant('odder');
    await fixture.invite(aarhus.tenant, 'ane', 'tenant_admin');
    await fixture.invite(aarhus.tenant, 'bent', 'editor');
    await fixture.invite(odder.tenant, 'odin', 'tenant_admin');
    await fixture.invite(aarhus.tenant, 'pia', 'platform_admin');
    admin = await new StaffBrowser(fixture, aarhus.host).login('ane');
  });

  afterAll(() => fixture.close());

  const members = async (browser: StaffBrowser) =>
    (await browser.send('GET', '/api/v1/admin/users?size=100')).json<{ items: Membership[] }>().items;
  const memberOf = async (browser: StaffBrowser, email: string) => {
    const found = (await members(browser)).find((member) => member.email === email);
    if (!found) throw new Error(`${email} is not a member`);
    return found;
  };

  it('invites a user who then logs in with the invited role; bad input names the field', async () => {
    const invited = await admin.send('POST', '/api/v1/admin/users', {
      email: 'NYE@example.dk',
      role: 'staff',
    });
    expect(invited.status).toBe(201);
    expect(invited.json()).toMatchObject({ email: 'nye@example.dk', role: 'staff', status: 'invited' });
    const mail = await fixture.mailTo('nye@example.dk');
    expect(mail.from).toContain(aarhus.tenant.name);
    expect(mail.subject).toBe(`Du er inviteret til ${aarhus.tenant.name}s Socialkompas`);
    expect(mail.text).toContain('Ane Admin har givet dig adgang');
    expect(mail.text).toContain('som medarbejder');
    expect(mail.text).toMatch(
      new RegExp(`Log ind:\\r?\\nhttps?://${aarhusSlug}\\.localhost(:\\d+)?/auth/login`),
    );
    expect(mail.html).toContain('<html lang="da">');
    expect(
      (await admin.send('POST', '/api/v1/admin/users', { email: 'nye@example.dk', role: 'staff' })).status,
    ).toBe(409);

    for (const [body, field] of [
      [{ email: 'ikke-en-adresse', role: 'staff' }, 'email'],
      [{ email: 'x@example.dk', role: 'superuser' }, 'role'],
      [{ email: 'x@example.dk', role: 'regional_coordinator' }, 'role'],
      [{ email: 'x@example.dk', role: 'staff', admin: true }, 'admin'],
    ] as const) {
      const refused = await admin.send('POST', '/api/v1/admin/users', body);
      expect(refused.status).toBe(400);
      expect(refused.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(
        field,
      );
    }
    const nye = await new StaffBrowser(fixture, aarhus.host).login('nye');
    expect((await nye.send('GET', '/api/v1/me')).json()).toMatchObject({
      authenticated: true,
      role: 'staff',
    });
    expect(await memberOf(admin, 'nye@example.dk')).toMatchObject({ status: 'active' });
  });

  it('lets no tenant administrator grant platform_admin', async () => {
    const refused = await admin.send('POST', '/api/v1/admin/users', {
      email: 'sneaky@example.dk',
      role: 'platform_admin',
    });
    expect(refused.status).toBe(403);
  });

  it('honours platform_admin only in the platform’s own tenant, and grants it nowhere else', async () => {
    await fixture.invite(odder.tenant, 'pia', 'platform_admin');
    const piaInOdder = await new StaffBrowser(fixture, odder.host).login('pia');
    expect((await piaInOdder.send('GET', '/api/v1/me')).json()).toMatchObject({ authenticated: false });
    expect((await piaInOdder.send('GET', '/api/v1/platform/tenants')).status).toBe(401);

    const platform = await new StaffBrowser(fixture, aarhus.host).login('pia');
    expect((await platform.send('GET', '/api/v1/platform/tenants')).status).toBe(200);
    const elsewhere = await platform.send(
      'POST',
      `/api/v1/platform/tenants/${odder.tenant.slug}/invitations`,
      {
        email: 'ny-drift@example.dk',
        role: 'platform_admin',
      },
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.json<{ errors: { field: string }[] }>().errors[0].field).toBe('role');
  });

  it('changes a role, with 409 for a stale version', async () => {
    await new StaffBrowser(fixture, aarhus.host).login('bent');
    const bent = await memberOf(admin, 'bent@example.dk');
    const changed = await admin.send('PATCH', `/api/v1/admin/users/${bent.id}`, {
      role: 'staff',
      version: bent.version,
    });
    expect(changed.status).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'staff', version: bent.version + 1 });
    const stale = await admin.send('PATCH', `/api/v1/admin/users/${bent.id}`, {
      role: 'editor',
      version: bent.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ current: { role: 'staff' } });
  });

  it('never removes or demotes the last tenant administrator', async () => {
    const ane = await memberOf(admin, 'ane@example.dk');
    const demote = await admin.send('PATCH', `/api/v1/admin/users/${ane.id}`, {
      role: 'editor',
      version: ane.version,
    });
    expect(demote.status).toBe(409);
    expect(demote.json()).toMatchObject({ title: 'Sidste administrator' });
    expect(
      (await admin.send('POST', `/api/v1/admin/users/${ane.id}/deactivate`, { version: ane.version })).status,
    ).toBe(409);
    expect(await memberOf(admin, 'ane@example.dk')).toMatchObject({ role: 'tenant_admin', status: 'active' });
  });

  it('ends a deactivated user’s session at once', async () => {
    const bentBrowser = await new StaffBrowser(fixture, aarhus.host).login('bent');
    expect((await bentBrowser.send('GET', '/api/v1/me')).json()).toMatchObject({ authenticated: true });
    const bent = await memberOf(admin, 'bent@example.dk');
    const deactivated = await admin.send('POST', `/api/v1/admin/users/${bent.id}/deactivate`, {
      version: bent.version,
    });
    expect(deactivated.json()).toMatchObject({ status: 'deactivated' });
    expect((await bentBrowser.send('GET', '/api/v1/me')).json()).toMatchObject({ authenticated: false });
    // And a new login is refused while deactivated.
    expect((await fixture.login(new BrowserClient(), aarhus.host, 'bent')).status).toBe(403);
  });

  it('keeps each tenant’s users to itself', async () => {
    const odin = await new StaffBrowser(fixture, odder.host).login('odin');
    const odderMembers = await members(odin);
    expect(odderMembers.map((member) => member.email)).toContain('odin@example.dk');
    expect(odderMembers.map((member) => member.email)).not.toContain('ane@example.dk');
    const ane = await memberOf(admin, 'ane@example.dk');
    // Odder's administrator addressing an Aarhus membership: it does not exist there.
    expect(
      (await odin.send('PATCH', `/api/v1/admin/users/${ane.id}`, { role: 'editor', version: ane.version }))
        .status,
    ).toBe(404);
    expect(
      (await odin.send('POST', `/api/v1/admin/users/${ane.id}/deactivate`, { version: ane.version })).status,
    ).toBe(404);
    // Aarhus' administrator on Odder's host is nobody there.
    const moved = new StaffBrowser(fixture, odder.host);
    moved.browser.setCookie(
      odder.host,
      'socialkompas_session',
      String(admin.browser.cookie(aarhus.host, 'socialkompas_session')),
    );
    expect((await moved.send('GET', '/api/v1/admin/users')).status).toBe(401);
    expect(
      (await odin.send('GET', '/api/v1/admin/audit-log?size=100'))
        .json<{ items: { actor: string }[] }>()
        .items.map((entry) => entry.actor),
    ).not.toContain('Ane Admin');
  });

  it('shows the tenant administrator the audit log, filtered and paged', async () => {
    const all = (await admin.send('GET', '/api/v1/admin/audit-log?size=100')).json<{
      items: { action: string; actor: string; ip: string | null }[];
      total: number;
    }>();
    expect(all.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['login', 'invite', 'change_role', 'deactivate', 'login_failed']),
    );
    expect(all.items.find((entry) => entry.action === 'invite')).toMatchObject({
      actor: 'Ane Admin',
      ip: '127.0.0.1',
    });
    const roles = (await admin.send('GET', '/api/v1/admin/audit-log?action=change_role')).json<{
      items: unknown[];
      total: number;
    }>();
    expect(roles.total).toBe(1);
    const page = (await admin.send('GET', '/api/v1/admin/audit-log?size=2&page=2')).json<{
      items: unknown[];
      total: number;
    }>();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(all.total);
    const bad = await admin.send('GET', '/api/v1/admin/audit-log?from=igår&entityType=alt');
    expect(bad.status).toBe(400);
    expect(
      bad
        .json<{ errors: { field: string }[] }>()
        .errors.map((error) => error.field)
        .sort(),
    ).toEqual(['entityType', 'from']);
  });

  it('names who did it and whom it was about from the staff directory, in the tenant’s own log only', async () => {
    type Entry = {
      action: string;
      entityType: string;
      actor: string;
      actorName: string;
      entityLabel: string | null;
    };
    const entries = async (browser: StaffBrowser) =>
      (await browser.send('GET', '/api/v1/admin/audit-log?entityType=membership&size=100')).json<{
        items: Entry[];
      }>().items;
    const invite = (await entries(admin)).find((entry) => entry.action === 'invite' && entry.entityLabel);
    // The invited colleague has logged in since: the entry names them, not just the address invited.
    expect(
      (await entries(admin)).filter((entry) => entry.action === 'invite').map((entry) => entry.entityLabel),
    ).toContain('Ny Medarbejder');
    expect(invite).toMatchObject({ actor: 'Ane Admin', actorName: 'Ane Admin' });

    // A new name in the directory shows in the log at once; what was recorded stays as it was.
    const dataSource = fixture.dataSource();
    await dataSource.query(`UPDATE platform.users SET name = 'Ane Andersen' WHERE email = 'ane@example.dk'`);
    try {
      const renamed = (await entries(admin)).find((entry) => entry.action === 'invite');
      expect(renamed).toMatchObject({ actor: 'Ane Admin', actorName: 'Ane Andersen' });
    } finally {
      await dataSource.query(`UPDATE platform.users SET name = 'Ane Admin' WHERE email = 'ane@example.dk'`);
    }

    // Odder's administrator sees none of Aarhus' memberships or names.
    const odin = await new StaffBrowser(fixture, odder.host).login('odin');
    const inOdder = await entries(odin);
    expect(JSON.stringify(inOdder)).not.toMatch(/Ny Medarbejder|nye@example\.dk|Ane/);
  });

  it('lets only the platform administrator configure a tenant’s identity provider, and never shows the secret', async () => {
    const config = {
      issuer: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0',
      clientId: 'odder-app',
      clientSecret: 'super-hemmelig-klientnoegle',
      claimMapping: { groups: 'groups', roles: { 'sk-redaktoerer': 'editor' } },
      selfProvisioning: true,
    };
    // Logged in before Odder's issuer changes: after it, logins go to the (here unreachable) new one.
    const odin = await new StaffBrowser(fixture, odder.host).login('odin');
    expect(
      (await admin.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, config)).status,
    ).toBe(403);
    const platform = await new StaffBrowser(fixture, aarhus.host).login('pia');
    const saved = await platform.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, config);
    expect(saved.status).toBe(200);
    expect(saved.body).not.toContain('super-hemmelig');
    expect(saved.json()).toMatchObject({
      clientId: 'odder-app',
      clientSecret: { source: 'stored' },
      selfProvisioning: true,
    });
    const read = await platform.send('GET', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`);
    expect(read.body).not.toContain('super-hemmelig');
    const [row] = await fixture
      .dataSource()
      .query(`SELECT client_secret_encrypted FROM platform.oidc_providers WHERE tenant_id = $1`, [
        odder.tenant.id,
      ]);
    expect(row.client_secret_encrypted).toMatch(/^v1:/);
    expect(row.client_secret_encrypted).not.toContain('super-hemmelig');

    const bad = await platform.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, {
      ...config,
      issuer: 'http://idp.example.dk',
      claimMapping: { roles: { admins: 'platform_admin' } },
    });
    expect(bad.status).toBe(400);
    expect(
      bad
        .json<{ errors: { field: string }[] }>()
        .errors.map((error) => error.field)
        .sort(),
    ).toEqual(['claimMapping.roles', 'issuer']);

    // The change is in Odder's audit log, with the secret only as "changed".
    const audit = (await odin.send('GET', '/api/v1/admin/audit-log?entityType=oidc_provider')).json<{
      items: { actor: string; changes: Record<string, unknown> }[];
    }>();
    expect(audit.items[0]).toMatchObject({
      actor: 'Pia Platform',
      changes: { clientSecret: 'changed', clientId: 'odder-app' },
    });
    expect(JSON.stringify(audit)).not.toContain('super-hemmelig');

    // Without a new secret: the same issuer and client keep theirs; another issuer may not have it.
    const kept = await platform.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, {
      ...config,
      clientSecret: undefined,
      scopes: ['email', 'profile', 'groups'],
    });
    expect(kept.status).toBe(200);
    expect(kept.json()).toMatchObject({
      clientSecret: { source: 'stored' },
      scopes: ['email', 'profile', 'groups'],
    });
    const moved = await platform.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, {
      ...config,
      clientSecret: undefined,
      issuer: 'https://idp.angriber.example/',
    });
    expect(moved.status).toBe(400);
    expect(moved.json<{ errors: { field: string }[] }>().errors[0].field).toBe('clientSecret');
    // Only OIDC_CLIENT_SECRET_* variables: no other server setting can be sent to an issuer.
    const leak = await platform.send('PUT', `/api/v1/platform/tenants/${odder.tenant.slug}/oidc`, {
      ...config,
      clientSecret: undefined,
      clientSecretEnv: 'DATABASE_URL',
    });
    expect(leak.status).toBe(400);
    expect(leak.json<{ errors: { field: string }[] }>().errors[0].field).toBe('clientSecretEnv');
  });

  it('lets the platform administrator manage a tenant’s domains and status, each step audited there', async () => {
    const platform = await new StaffBrowser(fixture, aarhus.host).login('pia');
    const base = `/api/v1/platform/tenants/${odder.tenant.slug}`;
    expect((await platform.send('POST', `${base}/domains`, { host: 'Tilbud.Odder.dk' })).json()).toEqual({
      items: ['tilbud.odder.dk'],
    });
    const invalid = await platform.send('POST', `${base}/domains`, { host: 'https://odder.dk/tilbud' });
    expect(invalid.status).toBe(400);
    expect((await platform.send('GET', `${base}/domains`)).json()).toEqual({ items: ['tilbud.odder.dk'] });
    expect((await platform.send('DELETE', `${base}/domains/tilbud.odder.dk`)).json()).toEqual({ items: [] });
    expect((await platform.send('POST', `${base}/suspend`)).json()).toMatchObject({ status: 'suspended' });
    expect((await platform.send('POST', `${base}/resume`)).json()).toMatchObject({ status: 'active' });
    expect((await platform.send('GET', '/api/v1/platform/tenants/ukendt_kommune/domains')).status).toBe(404);

    const actions = (await fixture.auditActions(odder.tenant))
      .filter((entry) => entry.entity_type === 'tenant')
      .map((entry) => `${entry.action} by ${entry.actor}`);
    // The log names the tenant as it was called when it happened.
    const labels = await fixture
      .dataSource()
      .query(
        `SELECT DISTINCT entity_label FROM "t_${odder.tenant.slug}".audit_log WHERE entity_type = 'tenant'`,
      );
    expect(labels).toEqual([{ entity_label: odder.tenant.name }]);
    expect(actions).toEqual([
      'add_domain by Pia Platform',
      'remove_domain by Pia Platform',
      'suspend by Pia Platform',
      'resume by Pia Platform',
    ]);
  });

  it('records an address that is no IP address as none, instead of failing the change', async () => {
    const response = await admin.browser.request('POST', `http://${aarhus.host}/api/v1/admin/users`, {
      headers: {
        accept: 'application/json',
        'x-csrf-token': await fixture.csrfToken(admin.browser, aarhus.host),
        'x-forwarded-for': 'ikke-en-adresse',
      },
      json: { email: 'forwarded@example.dk', role: 'staff' },
    });
    expect(response.status).toBe(201);
    const [entry] = await fixture
      .dataSource()
      .query(
        `SELECT ip FROM "t_${aarhus.tenant.slug}".audit_log WHERE changes->>'email' = 'forwarded@example.dk'`,
      );
    expect(entry.ip).toBeNull();
  });
});
