import { BrowserClient, LoginFixture, ReceivedMail } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';

const person = (login: string, name: string) => ({ login, name, email: `${login}@example.dk` });

/** A browser that asks for JSON and sends the CSRF token of its session, as the web client does. */
class Browser {
  readonly client = new BrowserClient();
  csrf: string | undefined;

  constructor(readonly host: string) {}

  async refreshCsrf(): Promise<this> {
    this.csrf = (await this.send('GET', '/api/v1/me')).json<{ csrfToken?: string }>().csrfToken;
    return this;
  }

  send(method: string, path: string, json?: unknown, host = this.host) {
    return this.client.request(method, `http://${host}${path}`, {
      followRedirects: false,
      headers: { accept: 'application/json', ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}) },
      json,
    });
  }
}

interface OwnOffers {
  organization: { id: string; name: string; trusted: boolean };
  items: { id: string; name: string; version: number; assuredDate: string | null; inReview: boolean }[];
}

describe('association accounts: invited by e-mail, logged in by link, their own offers only', () => {
  let fixture: LoginFixture;
  let aarhus: { tenant: Tenant; host: string };
  let odder: { tenant: Tenant; host: string };
  let editor: Browser;
  let odderEditor: Browser;
  const ids = { sorg: '', ungdom: '', sorgOffer: '', ungdomOffer: '' };

  beforeAll(async () => {
    fixture = await LoginFixture.start([person('bent', 'Bent Redaktør'), person('odin', 'Odin i Odder')], {
      smtp: true,
    });
    aarhus = await fixture.tenant('aarhus');
    odder = await fixture.tenant('odder');
    await fixture.invite(aarhus.tenant, 'bent', 'editor');
    await fixture.invite(odder.tenant, 'odin', 'editor');
    editor = new Browser(aarhus.host);
    await fixture.login(editor.client, aarhus.host, 'bent');
    await editor.refreshCsrf();
    odderEditor = new Browser(odder.host);
    await fixture.login(odderEditor.client, odder.host, 'odin');
    await odderEditor.refreshCsrf();
    ids.sorg = await publishedOrganization('Foreningen Sorg');
    ids.ungdom = await publishedOrganization('Ungdomsforeningen');
    ids.sorgOffer = await publishedOffer(ids.sorg, 'Sorggruppe for unge');
    ids.ungdomOffer = await publishedOffer(ids.ungdom, 'Lektiecafé');
  });

  afterAll(() => fixture.close());

  async function publishedOrganization(name: string): Promise<string> {
    const created = await editor.send('POST', '/api/v1/organizations', { name });
    expect(created.status).toBe(201);
    const { id, version } = created.json<{ id: string; version: number }>();
    expect((await editor.send('POST', `/api/v1/organizations/${id}/publish`, { version })).status).toBe(201);
    return id;
  }

  async function publishedOffer(organizationId: string, name: string): Promise<string> {
    const created = await editor.send('POST', '/api/v1/offers', {
      organizationId,
      name,
      schedules: [{ byday: ['MO'], opensAt: '10:00', closesAt: '12:00' }],
    });
    expect(created.status).toBe(201);
    const { id, version } = created.json<{ offer: { id: string; version: number } }>().offer;
    expect((await editor.send('POST', `/api/v1/offers/${id}/publish`, { version })).status).toBe(201);
    return id;
  }

  const linkPath = (mail: ReceivedMail) => LoginFixture.linkPathIn(mail);

  /** An invitation by the editor, and the association's member logged in from its mail's link. */
  async function invitedMember(organizationId: string, email: string): Promise<Browser> {
    const invited = await editor.send('POST', `/api/v1/admin/organizations/${organizationId}/members`, {
      email,
    });
    expect(invited.status).toBe(201);
    const mail = await fixture.mailTo(email);
    const member = new Browser(aarhus.host);
    const page = await member.client.get(`http://${aarhus.host}${linkPath(mail)}`);
    const loggedIn = await member.client.submitForm(page, {}, { followRedirects: false });
    expect([loggedIn.status, loggedIn.headers.location]).toEqual([303, '/min-forening']);
    return member.refreshCsrf();
  }

  const offerOf = async (id: string) =>
    (await editor.send('GET', `/api/v1/admin/offers/${id}`)).json<{
      version: number;
      schedules: { byday: string[]; opensAt: string }[];
      assuredDate: string | null;
    }>();

  it('invites a member by mail, who logs in from its link, edits the own offer into review, and the editor approves it', async () => {
    const invited = await editor.send('POST', `/api/v1/admin/organizations/${ids.sorg}/members`, {
      email: 'Kasserer@Sorg.dk',
    });
    expect(invited.status).toBe(201);
    expect(invited.json()).toMatchObject({
      email: 'kasserer@sorg.dk',
      role: 'association',
      status: 'invited',
      organizationId: ids.sorg,
    });
    const mail = await fixture.mailTo('kasserer@sorg.dk');
    expect(mail.from).toContain(aarhus.tenant.name);
    expect(mail.subject).toContain('Foreningen Sorg');
    expect(mail.text).toContain('Bent Redaktør har inviteret dig');
    expect(mail.html).toContain('Log ind første gang');

    // The link's page only asks: a mail scanner opening it uses nothing up.
    const member = new Browser(aarhus.host);
    const page = await member.client.get(`http://${aarhus.host}${linkPath(mail)}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<form method="post">');
    expect((await member.send('GET', '/api/v1/me')).json()).toMatchObject({ authenticated: false });
    const loggedIn = await member.client.submitForm(page, {}, { followRedirects: false });
    expect([loggedIn.status, loggedIn.headers.location]).toEqual([303, '/min-forening']);
    await member.refreshCsrf();
    expect((await member.send('GET', '/api/v1/me')).json()).toMatchObject({
      authenticated: true,
      role: 'association',
      organizationId: ids.sorg,
      user: { email: 'kasserer@sorg.dk' },
    });

    const own = (await member.send('GET', '/api/v1/association/offers')).json<OwnOffers>();
    expect(own.organization).toEqual({ id: ids.sorg, name: 'Foreningen Sorg', trusted: false });
    expect(own.items.map((item) => item.id)).toEqual([ids.sorgOffer]);
    expect(own.items[0]).toMatchObject({
      inReview: false,
      assuredDate: expect.any(String),
      linkProblems: [],
    });

    const before = await offerOf(ids.sorgOffer);
    const newTimes = [{ byday: ['TU', 'TH'], opensAt: '17:30', closesAt: '19:00' }];
    const withoutToken = await new BrowserClient().request(
      'PATCH',
      `http://${aarhus.host}/api/v1/association/offers/${ids.sorgOffer}`,
      {
        json: { version: before.version, schedules: newTimes },
        headers: { accept: 'application/json' },
      },
    );
    expect(withoutToken.status).toBe(401);
    const noCsrf = await member.client.request(
      'PATCH',
      `http://${aarhus.host}/api/v1/association/offers/${ids.sorgOffer}`,
      {
        json: { version: before.version, schedules: newTimes },
        headers: { accept: 'application/json' },
      },
    );
    expect(noCsrf.status).toBe(403);

    const saved = await member.send('PATCH', `/api/v1/association/offers/${ids.sorgOffer}`, {
      version: before.version,
      schedules: newTimes,
    });
    expect(saved.status).toBe(200);
    expect(saved.json()).toMatchObject({
      outcome: 'in_review',
      revision: { status: 'pending', baseVersion: before.version },
    });
    // Citizens keep seeing the offer as it was until an editor approves.
    expect((await offerOf(ids.sorgOffer)).schedules.map((schedule) => schedule.opensAt)).toEqual(['10:00']);
    expect((await member.send('GET', '/api/v1/association/offers')).json<OwnOffers>().items[0].inReview).toBe(
      true,
    );

    const pending = (await editor.send('GET', '/api/v1/admin/offer-revisions')).json<{
      items: { id: string; offerId: string }[];
    }>();
    const revision = pending.items.find((item) => item.offerId === ids.sorgOffer);
    expect(revision).toBeDefined();
    const detail = (await editor.send('GET', `/api/v1/admin/offer-revisions/${revision?.id}`)).json<{
      differences: { field: string; to: unknown }[];
    }>();
    expect(detail.differences).toEqual([expect.objectContaining({ field: 'schedules', to: newTimes })]);
    const approved = await editor.send('POST', `/api/v1/admin/offer-revisions/${revision?.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: 'Bent Redaktør' });
    expect((await offerOf(ids.sorgOffer)).schedules).toEqual([
      expect.objectContaining({ byday: ['TU', 'TH'], opensAt: '17:30' }),
    ]);
    expect(
      (await editor.send('POST', `/api/v1/admin/offer-revisions/${revision?.id}/approve`, {})).status,
    ).toBe(409);

    const actions = (await fixture.auditActions(aarhus.tenant)).map(
      (entry) => `${entry.entity_type}:${entry.action}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'membership:invite',
        'user:login',
        'offer_revision:propose',
        'offer_revision:approve',
        'offer:update',
      ]),
    );
  });

  it("refuses another association's offer (403), a change of owner (400), and the member on another tenant's host", async () => {
    const member = await invitedMember(ids.sorg, 'formand@sorg.dk');
    const other = await member.send('GET', `/api/v1/association/offers/${ids.ungdomOffer}`);
    expect(other.status).toBe(403);
    const { version } = await offerOf(ids.ungdomOffer);
    expect(
      (
        await member.send('PATCH', `/api/v1/association/offers/${ids.ungdomOffer}`, {
          version,
          name: 'Overtaget',
        })
      ).status,
    ).toBe(403);
    expect(
      (await member.send('GET', `/api/v1/association/offers/00000000-0000-4000-8000-000000000001`)).status,
    ).toBe(404);
    const own = await offerOf(ids.sorgOffer);
    const moved = await member.send('PATCH', `/api/v1/association/offers/${ids.sorgOffer}`, {
      version: own.version,
      organizationId: ids.ungdom,
    });
    expect(moved.status).toBe(400);
    expect(moved.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(
      'organizationId',
    );
    // Editors' routes are not theirs.
    expect((await member.send('GET', '/api/v1/admin/offers')).status).toBe(403);

    // The session belongs to Aarhus's host: Odder does not know the member.
    expect((await member.send('GET', '/api/v1/me', undefined, odder.host)).json()).toMatchObject({
      authenticated: false,
    });
    expect((await member.send('GET', '/api/v1/association/offers', undefined, odder.host)).status).toBe(401);
    expect(
      (await member.send('POST', '/api/v1/association/offers/confirm', undefined, odder.host)).status,
    ).toBe(401);
    const changeElsewhere = { version: own.version, name: 'Ændret i Odder' };
    expect(
      (await member.send('PATCH', `/api/v1/association/offers/${ids.sorgOffer}`, changeElsewhere, odder.host))
        .status,
    ).toBe(401);
    // Nor does a link of Aarhus log anyone in on Odder's host.
    const asked = await member.send('POST', '/auth/email-login', { email: 'formand@sorg.dk' });
    expect(asked.status).toBe(202);
    const mail = await fixture.mailTo('formand@sorg.dk', (candidate) =>
      candidate.subject.startsWith('Dit login'),
    );
    const elsewhere = await new Browser(odder.host).send('POST', linkPath(mail));
    expect(elsewhere.status).toBe(410);
  });

  it('refuses a used and an expired login link, and gives the same answer for any address', async () => {
    await invitedMember(ids.sorg, 'sekretaer@sorg.dk');
    const member = new Browser(aarhus.host);
    const asked = await member.send('POST', '/auth/email-login', { email: 'sekretaer@sorg.dk' });
    expect(asked.status).toBe(202);
    const unknown = await member.send('POST', '/auth/email-login', { email: 'ukendt@nowhere.dk' });
    const staff = await member.send('POST', '/auth/email-login', { email: 'bent@example.dk' });
    expect(unknown.json()).toEqual(asked.json());
    expect(staff.json()).toEqual(asked.json());
    // Nobody but an association's member gets a link: an editor logs in through the municipality's IdP.
    const linksTo = async (recipient: string) =>
      (await fixture
        .dataSource()
        .query(
          `SELECT count(*)::int AS count FROM "t_${aarhus.tenant.slug}".outbox WHERE recipient = $1 AND kind = 'login_link'`,
          [recipient],
        )) as { count: number }[];
    expect(await linksTo('bent@example.dk')).toEqual([{ count: 0 }]);
    expect(await linksTo('ukendt@nowhere.dk')).toEqual([{ count: 0 }]);

    const mail = await fixture.mailTo('sekretaer@sorg.dk', (candidate) =>
      candidate.subject.startsWith('Dit login'),
    );
    expect(mail.text).toContain('Linket virker én gang, indtil kl.');
    // Another site's form cannot press the button for the person.
    const forged = await member.client.request('POST', `http://${aarhus.host}${linkPath(mail)}`, {
      followRedirects: false,
      headers: { accept: 'application/json', origin: 'https://angriber.example' },
    });
    expect(forged.status).toBe(403);
    const fromAnotherTenant = await member.client.request('POST', `http://${aarhus.host}${linkPath(mail)}`, {
      followRedirects: false,
      headers: { accept: 'application/json', 'sec-fetch-site': 'same-site', origin: 'null' },
    });
    expect(fromAnotherTenant.status).toBe(403);
    expect((await member.send('POST', linkPath(mail))).json()).toEqual({ redirectTo: '/min-forening' });
    const again = new Browser(aarhus.host);
    expect((await again.send('POST', linkPath(mail))).status).toBe(410);
    const usedPage = await again.client.get(`http://${aarhus.host}${linkPath(mail)}`);
    expect([usedPage.status, usedPage.body.includes('brugt eller udløbet')]).toEqual([410, true]);

    await member.send('POST', '/auth/email-login', { email: 'sekretaer@sorg.dk' });
    const second = await fixture.mailTo(
      'sekretaer@sorg.dk',
      (candidate) => candidate.subject.startsWith('Dit login') && linkPath(candidate) !== linkPath(mail),
    );
    await fixture
      .dataSource()
      .query(
        `UPDATE platform.email_login_links SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND tenant_id = $1`,
        [aarhus.tenant.id],
      );
    expect((await new Browser(aarhus.host).send('POST', linkPath(second))).status).toBe(410);
    const failures = (await fixture.auditActions(aarhus.tenant))
      .filter((entry) => entry.action === 'login_failed')
      .map((entry) => entry.changes.reason);
    expect(failures).toEqual(expect.arrayContaining(['used', 'expired']));
  });

  it('limits login links per address in the database, and keeps no typed address there', async () => {
    const browser = new Browser(aarhus.host);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push((await browser.send('POST', '/auth/email-login', { email: 'mange@forsoeg.dk' })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const limited = await browser.send('POST', '/auth/email-login', { email: 'mange@forsoeg.dk' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3000);
    expect(limited.json<{ detail: string }>().detail).toContain('Prøv igen om');
    const stored = (await fixture
      .dataSource()
      .query(`SELECT address_hash FROM platform.email_login_requests WHERE tenant_id = $1`, [
        aarhus.tenant.id,
      ])) as { address_hash: string }[];
    expect(stored.length).toBeGreaterThanOrEqual(7);
    expect(stored.some((row) => row.address_hash.includes('mange'))).toBe(false);
    // Another address from the same client is still served, and Odder counts for itself.
    expect((await browser.send('POST', '/auth/email-login', { email: 'en@anden.dk' })).status).toBe(202);
    expect(
      (await browser.send('POST', '/auth/email-login', { email: 'mange@forsoeg.dk' }, odder.host)).status,
    ).toBe(202);
    // Bad input names the field.
    const bad = await browser.send('POST', '/auth/email-login', { email: 'ikke en adresse' });
    expect([bad.status, bad.json<{ errors: { field: string }[] }>().errors[0].field]).toEqual([400, 'email']);
  });

  it("applies a trusted association's change at once, and confirms all its offers", async () => {
    await fixture
      .dataSource()
      .query(`UPDATE "t_${aarhus.tenant.slug}".organizations SET trusted = true WHERE id = $1`, [ids.ungdom]);
    await fixture
      .dataSource()
      .query(`UPDATE "t_${aarhus.tenant.slug}".offers SET assured_date = '2025-01-01' WHERE id = $1`, [
        ids.ungdomOffer,
      ]);
    const member = await invitedMember(ids.ungdom, 'leder@ungdom.dk');
    const { version } = await offerOf(ids.ungdomOffer);
    const saved = await member.send('PATCH', `/api/v1/association/offers/${ids.ungdomOffer}`, {
      version,
      schedules: [{ byday: ['WE'], opensAt: '15:00', closesAt: '17:00' }],
    });
    expect(saved.json()).toMatchObject({
      outcome: 'applied',
      revision: null,
      offer: { version: version + 1 },
    });
    expect((await offerOf(ids.ungdomOffer)).schedules[0]).toMatchObject({ byday: ['WE'], opensAt: '15:00' });

    const confirmed = await member.send('POST', '/api/v1/association/offers/confirm');
    expect(confirmed.json()).toEqual({ confirmed: 1 });
    expect((await offerOf(ids.ungdomOffer)).assuredDate).not.toBe('2025-01-01');
    // Only its own: Foreningen Sorg's offer is untouched by this confirmation.
    const confirmations = (await fixture.auditActions(aarhus.tenant)).filter(
      (entry) => entry.action === 'confirm' && entry.actor === 'leder@ungdom.dk',
    );
    expect(confirmations).toHaveLength(1);
  });

  it('rejects a revision with a reason, and answers 409 when the offer changed since the association saw it', async () => {
    const member = await invitedMember(ids.sorg, 'naestformand@sorg.dk');
    const propose = async (name: string) => {
      const { version } = await offerOf(ids.sorgOffer);
      const saved = await member.send('PATCH', `/api/v1/association/offers/${ids.sorgOffer}`, {
        version,
        name,
      });
      expect(saved.status).toBe(200);
      return saved.json<{ revision: { id: string } }>().revision.id;
    };
    const first = await propose('Sorggruppen');
    expect((await editor.send('POST', `/api/v1/admin/offer-revisions/${first}/reject`, {})).status).toBe(400);
    const rejected = await editor.send('POST', `/api/v1/admin/offer-revisions/${first}/reject`, {
      reason: 'Navnet er for kort.',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: 'Navnet er for kort.' });

    const second = await propose('Sorggruppe for unge og voksne');
    const current = await offerOf(ids.sorgOffer);
    expect(
      (
        await editor.send('PATCH', `/api/v1/offers/${ids.sorgOffer}`, {
          version: current.version,
          summary: 'Rettet af redaktøren.',
        })
      ).status,
    ).toBe(200);
    const conflict = await editor.send('POST', `/api/v1/admin/offer-revisions/${second}/approve`, {});
    expect(conflict.status).toBe(409);
    // Nothing was overwritten, and the proposal still waits.
    expect((await editor.send('GET', `/api/v1/admin/offer-revisions/${second}`)).json()).toMatchObject({
      status: 'pending',
    });
    // A change that could never be applied is refused at once, not left for the editors.
    const { version } = await offerOf(ids.sorgOffer);
    const impossible = await member.send('PATCH', `/api/v1/association/offers/${ids.sorgOffer}`, {
      version,
      minimumAge: 30,
      maximumAge: 20,
    });
    expect([impossible.status, impossible.json<{ errors: { field: string }[] }>().errors[0].field]).toEqual([
      400,
      'maximumAge',
    ]);
  });

  it('takes a request for access from a published association, which an editor approves with an invitation', async () => {
    const citizen = new Browser(aarhus.host);
    const asked = await citizen.send('POST', '/api/v1/association-access-requests', {
      organizationId: ids.sorg,
      name: 'Lone Larsen',
      email: 'lone@sorg.dk',
      message: 'Jeg er ny kasserer.',
    });
    expect(asked.status).toBe(202);
    expect(
      (
        await citizen.send('POST', '/api/v1/association-access-requests', {
          organizationId: ids.sorg,
          name: 'X',
          email: 'x@y.dk',
        })
      ).status,
    ).toBe(400);
    const elsewhere = await citizen.send(
      'POST',
      '/api/v1/association-access-requests',
      { organizationId: ids.sorg, name: 'Lone Larsen', email: 'lone@sorg.dk' },
      odder.host,
    );
    expect(elsewhere.status).toBe(404);

    const requests = (await editor.send('GET', '/api/v1/admin/association-access-requests')).json<{
      items: { id: string; email: string; organizationName: string }[];
    }>();
    const request = requests.items.find((item) => item.email === 'lone@sorg.dk');
    expect(request).toMatchObject({ organizationName: 'Foreningen Sorg' });
    // Another tenant's editor finds nothing of Aarhus's.
    expect(
      (await odderEditor.send('POST', `/api/v1/admin/association-access-requests/${request?.id}/approve`, {}))
        .status,
    ).toBe(404);
    expect((await odderEditor.send('GET', `/api/v1/admin/organizations/${ids.sorg}/members`)).status).toBe(
      404,
    );
    expect(
      (await odderEditor.send('POST', `/api/v1/admin/organizations/${ids.sorg}/members`, { email: 'a@b.dk' }))
        .status,
    ).toBe(404);
    const revisions = (await editor.send('GET', '/api/v1/admin/offer-revisions?status=approved')).json<{
      items: { id: string }[];
    }>();
    expect(
      (await odderEditor.send('GET', `/api/v1/admin/offer-revisions/${revisions.items[0].id}`)).status,
    ).toBe(404);
    expect(
      (await odderEditor.send('GET', '/api/v1/admin/offer-revisions?status=approved')).json(),
    ).toMatchObject({ total: 0 });
    for (const action of ['approve', 'reject']) {
      const path = `/api/v1/admin/offer-revisions/${revisions.items[0].id}/${action}`;
      expect((await odderEditor.send('POST', path, { reason: 'Ikke vores.' })).status).toBe(404);
    }
    const rejectElsewhere = `/api/v1/admin/association-access-requests/${request?.id}/reject`;
    expect((await odderEditor.send('POST', rejectElsewhere, { reason: 'Ikke vores.' })).status).toBe(404);
    expect((await odderEditor.send('GET', '/api/v1/admin/association-access-requests')).json()).toMatchObject(
      {
        total: 0,
      },
    );

    const approved = await editor.send(
      'POST',
      `/api/v1/admin/association-access-requests/${request?.id}/approve`,
      {},
    );
    expect(approved.json()).toMatchObject({ status: 'approved' });
    const mail = await fixture.mailTo('lone@sorg.dk');
    expect(mail.text).toContain('/auth/email-login/');
    const members = (await editor.send('GET', `/api/v1/admin/organizations/${ids.sorg}/members`)).json<
      { email: string }[]
    >();
    expect(members.map((member) => member.email)).toContain('lone@sorg.dk');
  });
});
