import { DataSource } from 'typeorm';
import request from 'supertest';
import { ActionLinks, SearchIndex } from '@socialkompas/catalogue';
import { DemoSeeder } from '@socialkompas/demo';
import { smtpTransport } from '@socialkompas/mail';
import { FakeSmtpServer, startFakeSmtpServer, startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { TenantJobs } from '@socialkompas/jobs';

const SESSION_SECRET = 'test-session-secret-that-is-long-enough';
const DAY_MS = 24 * 3_600_000;

/** The freshness pass, its mail and the links in it, against a real SMTP server and real tenants. */
describe('freshness: reminders and their links', () => {
  let smtp: FakeSmtpServer;
  let transport: ReturnType<typeof smtpTransport>;
  let testApp: TestApp;
  let jobs: TenantJobs;

  beforeAll(async () => {
    smtp = await startFakeSmtpServer({});
    transport = smtpTransport(smtp.url);
    testApp = await startTestApp({ grantAllRoles: true, mail: { transport } });
    jobs = testApp.app.get(TenantJobs);
  });

  afterAll(async () => {
    await testApp.close();
    transport.close();
    await smtp.close();
  });

  const sql = (query: string, parameters: unknown[] = []) =>
    testApp.app.get(DataSource).query(query, parameters);

  /** A tenant with a few confirmed offers and one stale offer whose contact is `recipient`. */
  async function tenantWithStaleOffer(
    prefix: string,
    recipient: string,
    settings: Record<string, unknown> = {},
  ) {
    const { tenant } = await testApp.provision({ slug: uniqueSlug(prefix), name: `${prefix} Kommune` });
    await new DemoSeeder(testApp.app.get(TenancyService), testApp.app.get(SearchIndex)).seed(tenant, {
      offerCount: 4,
      seed: 3,
    });
    const schema = `"t_${tenant.slug}"`;
    await sql(`UPDATE ${schema}.offers SET status = 'published', assured_date = current_date`);
    const [stale] = await sql(
      `UPDATE ${schema}.offers SET assured_date = current_date - 200, email = $1, name = 'Sorggruppe for unge'
       WHERE id = (SELECT min(id::text)::uuid FROM ${schema}.offers) RETURNING id`,
      [recipient],
    ).then(([rows]: [{ id: string }[]]) => rows);
    await sql(`UPDATE ${schema}.organizations SET status = 'published'`);
    await sql(`UPDATE platform.tenants SET settings = $2 WHERE id = $1`, [
      tenant.id,
      JSON.stringify(settings),
    ]);
    const [fresh] = await sql(`SELECT * FROM platform.tenants WHERE id = $1`, [tenant.id]);
    return {
      tenant: { ...tenant, settings: fresh.settings } as Tenant,
      offerId: stale.id as string,
      schema,
      host: `${tenant.slug}.localhost`,
    };
  }

  const mailsTo = (recipient: string) => smtp.received.filter((mail) => mail.envelopeTo.includes(recipient));
  const linkIn = (text: string, label: RegExp) => {
    const urls = [...text.matchAll(/https?:\/\/\S+\/offer-actions\/[A-Za-z0-9_.-]+/g)].map(
      (match) => match[0],
    );
    const index = text.search(label);
    const after = urls.find((url) => text.indexOf(url) > index);
    if (!after) throw new Error(`No link after ${label} in:\n${text}`);
    return new URL(after).pathname;
  };
  const page = (host: string, path: string) =>
    request(testApp.app.getHttpServer()).get(path).set('Host', host);
  const press = (host: string, path: string, form: Record<string, string> = {}) =>
    request(testApp.app.getHttpServer()).post(path).set('Host', host).type('form').send(form);

  it('deletes offer suggestions decided more than 90 days ago, and only the tenant’s own', async () => {
    const site = await tenantWithStaleOffer('glemme', 'kontakt@glemme.example');
    const other = await tenantWithStaleOffer('beholde', 'kontakt@beholde.example');
    const suggest = (schema: string, label: string, status: string, decidedDaysAgo: number | null) =>
      sql(
        `INSERT INTO "t_${schema}".offer_suggestions
           (name, description, organization_name, contact_name, email, status, rejection_reason, decided_at)
         VALUES ($1, 'Beskrivelse', 'Forening', 'Mette Jensen', 'mette@forening.example', $2,
                 CASE WHEN $2 = 'rejected' THEN 'Findes allerede' END,
                 CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END)`,
        [label, status, decidedDaysAgo],
      );
    await suggest(site.tenant.slug, 'gammel afvist', 'rejected', 100);
    await suggest(site.tenant.slug, 'ny afvist', 'rejected', 10);
    await suggest(site.tenant.slug, 'venter', 'pending', null);
    await suggest(other.tenant.slug, 'gammel i anden kommune', 'rejected', 100);

    expect(await jobs.run('freshness', site.tenant.slug, 'run-1')).toMatchObject({ forgottenSuggestions: 1 });
    const left = async (schema: string) =>
      (await sql(`SELECT name FROM "t_${schema}".offer_suggestions ORDER BY name`)).map(
        (row: { name: string }) => row.name,
      );
    expect(await left(site.tenant.slug)).toEqual(['ny afvist', 'venter']);
    expect(await left(other.tenant.slug)).toEqual(['gammel i anden kommune']);
  });

  it('sends a stale offer’s contact exactly one reminder, however often the pass runs', async () => {
    const site = await tenantWithStaleOffer('frisk', 'kontakt@sorg.example');
    expect(await jobs.run('freshness', site.tenant.slug, 'run-1')).toMatchObject({
      reminded: 1,
      flaggedStale: 0,
    });
    await jobs.run('mail', site.tenant.slug, 'run-1');
    await jobs.run('freshness', site.tenant.slug, 'run-2');
    await jobs.run('mail', site.tenant.slug, 'run-2');

    const mails = mailsTo('kontakt@sorg.example');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Er jeres tilbud »Sorggruppe for unge« stadig aktuelt?');
    expect(mails[0].from).toContain('frisk Kommune');
    const [outbox] = await sql(`SELECT status, dedupe_key FROM ${site.schema}.outbox`);
    expect(outbox).toMatchObject({ status: 'sent', dedupe_key: expect.stringContaining(site.offerId) });
  });

  it('confirms the offer from the mail’s link only when the button is pressed, and once', async () => {
    const site = await tenantWithStaleOffer('bekraeft', 'kontakt@bekraeft.example');
    await jobs.run('freshness', site.tenant.slug, 'run-1');
    await jobs.run('mail', site.tenant.slug, 'run-1');
    const confirm = linkIn(mailsTo('kontakt@bekraeft.example')[0].text, /stadig aktuelt/i);

    // A GET (a mail scanner, or the person opening the link) changes nothing.
    const question = await page(site.host, confirm).expect(200);
    expect(question.text).toContain('<button type="submit">Ja, det er stadig aktuelt</button>');
    const [before] = await sql(
      `SELECT assured_date::text AS assured FROM ${site.schema}.offers WHERE id = $1`,
      [site.offerId],
    );
    expect(before.assured).not.toBe(new Date().toISOString().slice(0, 10));

    const thanks = await press(site.host, confirm).expect(200);
    expect(thanks.text).toContain('<h1>Tak!</h1>');
    const [after] = await sql(
      `SELECT assured_date = (now() AT TIME ZONE 'Europe/Copenhagen')::date AS today, reminded_at FROM ${site.schema}.offers WHERE id = $1`,
      [site.offerId],
    );
    expect(after).toEqual({ today: true, reminded_at: null });

    const again = await press(site.host, confirm).expect(200);
    expect(again.text).toContain('Linket er allerede brugt');
    expect((await page(site.host, confirm)).text).toContain('Linket er allerede brugt');
  });

  it('refuses an expired, a tampered and another tenant’s link with a clear 400', async () => {
    const site = await tenantWithStaleOffer('udloeb', 'kontakt@udloeb.example');
    const other = await tenantWithStaleOffer('andenkommune', 'kontakt@anden.example');
    const links = new ActionLinks(SESSION_SECRET);
    const expired = links.sign(
      { tenantId: site.tenant.id, offerId: site.offerId, action: 'confirm' },
      Date.now() - 31 * DAY_MS,
    );
    const valid = links.sign({ tenantId: site.tenant.id, offerId: site.offerId, action: 'confirm' });
    const tampered = valid.token.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));

    expect((await press(site.host, `/offer-actions/${expired.token}`).expect(400)).text).toContain(
      'Linket er udløbet',
    );
    expect((await press(site.host, `/offer-actions/${tampered}`).expect(400)).text).toContain(
      'Linket virker ikke',
    );
    expect((await press(other.host, `/offer-actions/${valid.token}`).expect(400)).text).toContain(
      'anden kommune',
    );
    const [row] = await sql(
      `SELECT reminded_at, assured_date < current_date - 100 AS still_old FROM ${site.schema}.offers WHERE id = $1`,
      [site.offerId],
    );
    expect(row.still_old).toBe(true);
  });

  it('closes the offer only on the button, never on a GET of the close link', async () => {
    const site = await tenantWithStaleOffer('luk', 'kontakt@luk.example');
    await jobs.run('freshness', site.tenant.slug, 'run-1');
    await jobs.run('mail', site.tenant.slug, 'run-1');
    const close = linkIn(mailsTo('kontakt@luk.example')[0].text, /findes ikke længere/i);

    await page(site.host, close).expect(200);
    await page(site.host, close).expect(200);
    const [open] = await sql(`SELECT status FROM ${site.schema}.offers WHERE id = $1`, [site.offerId]);
    expect(open.status).toBe('published');

    expect((await press(site.host, close).expect(200)).text).toContain('Tilbuddet er fjernet');
    const [closed] = await sql(`SELECT status FROM ${site.schema}.offers WHERE id = $1`, [site.offerId]);
    expect(closed.status).toBe('archived');
  });

  it('takes an association’s corrections for review, with mistakes shown in the form', async () => {
    const site = await tenantWithStaleOffer('ret', 'kontakt@ret.example');
    await jobs.run('freshness', site.tenant.slug, 'run-1');
    await jobs.run('mail', site.tenant.slug, 'run-1');
    const update = linkIn(mailsTo('kontakt@ret.example')[0].text, /Ret oplysningerne/i);

    expect((await page(site.host, update).expect(200)).text).toContain('value="Sorggruppe for unge"');
    const mistake = await press(site.host, update, { email: 'ikke en adresse', phone: '' }).expect(400);
    expect(mistake.text).toContain('E-mail skal være en gyldig e-mailadresse');
    expect(mistake.text).toContain('value="ikke en adresse"');

    await press(site.host, update, {
      scheduleDescription: 'Hver torsdag kl. 17-19',
      note: 'Nyt lokale',
    }).expect(200);
    const [requested] = await sql(
      `SELECT proposed FROM ${site.schema}.offer_update_requests WHERE offer_id = $1`,
      [site.offerId],
    );
    expect(requested.proposed).toEqual({ scheduleDescription: 'Hver torsdag kl. 17-19', note: 'Nyt lokale' });
    const [offer] = await sql(`SELECT schedule_description FROM ${site.schema}.offers WHERE id = $1`, [
      site.offerId,
    ]);
    expect(offer.schedule_description).not.toBe('Hver torsdag kl. 17-19');

    // Answered with corrections: even past the grace period the offer is not flagged stale.
    await sql(`UPDATE ${site.schema}.offers SET reminded_at = now() - interval '30 days' WHERE id = $1`, [
      site.offerId,
    ]);
    expect(await jobs.run('freshness', site.tenant.slug, 'run-2')).toMatchObject({ flaggedStale: 0 });

    // The editors' list of corrections, for this tenant only, until one is marked handled.
    const http = () => request(testApp.app.getHttpServer());
    const open = (await http().get('/api/v1/admin/update-requests').set('Host', site.host).expect(200)).body;
    expect(open.items).toEqual([
      expect.objectContaining({
        offerId: site.offerId,
        offerName: 'Sorggruppe for unge',
        proposed: requested.proposed,
      }),
    ]);
    const other = await tenantWithStaleOffer('andenret', 'kontakt@andenret.example');
    expect(
      (await http().get('/api/v1/admin/update-requests').set('Host', other.host).expect(200)).body.total,
    ).toBe(0);
    await http()
      .post(`/api/v1/admin/update-requests/${open.items[0].id}/resolve`)
      .set('Host', other.host)
      .expect(404);
    await http()
      .post(`/api/v1/admin/update-requests/${open.items[0].id}/resolve`)
      .set('Host', site.host)
      .expect(200);
    expect(
      (await http().get('/api/v1/admin/update-requests').set('Host', site.host).expect(200)).body.total,
    ).toBe(0);
    // Reviewed by an editor, the association's answer counts as a confirmation.
    const [resolved] = await sql(
      `SELECT assured_date = (now() AT TIME ZONE 'Europe/Copenhagen')::date AS today, reminded_at FROM ${site.schema}.offers WHERE id = $1`,
      [site.offerId],
    );
    expect(resolved).toEqual({ today: true, reminded_at: null });
    // The log names the offer the corrections were for, as it was called then.
    const [logged] = await sql(
      `SELECT a.entity_label = o.name AS named FROM ${site.schema}.audit_log a JOIN ${site.schema}.offers o
       ON o.id::text = a.entity_id WHERE a.action = 'update_request_resolved' AND a.entity_id = $1`,
      [site.offerId],
    );
    expect(logged).toEqual({ named: true });
  });

  it('flags an unanswered offer after the grace period, and hides it from search where the tenant wants that', async () => {
    const site = await tenantWithStaleOffer('grace', 'kontakt@grace.example', {
      graceDays: 7,
      hideStale: true,
    });
    await jobs.run('freshness', site.tenant.slug, 'run-1');
    const visible = await request(testApp.app.getHttpServer())
      .get('/api/v1/offers?size=100')
      .set('Host', site.host);
    expect(visible.body.items.map((item: { id: string }) => item.id)).toContain(site.offerId);

    await sql(`UPDATE ${site.schema}.offers SET reminded_at = now() - interval '8 days' WHERE id = $1`, [
      site.offerId,
    ]);
    expect(await jobs.run('freshness', site.tenant.slug, 'run-2')).toMatchObject({ flaggedStale: 1 });
    const [flagged] = await sql(
      `SELECT stale_since IS NOT NULL AS stale, hidden_as_stale FROM ${site.schema}.offers WHERE id = $1`,
      [site.offerId],
    );
    expect(flagged).toEqual({ stale: true, hidden_as_stale: true });
    const hidden = await request(testApp.app.getHttpServer())
      .get('/api/v1/offers?size=100')
      .set('Host', site.host);
    expect(hidden.body.items.map((item: { id: string }) => item.id)).not.toContain(site.offerId);

    // The editors see it flagged, and after a phone call confirm it, which shows it again.
    const http = () => request(testApp.app.getHttpServer());
    const flaggedList = await http()
      .get('/api/v1/admin/offers?stale=true')
      .set('Host', site.host)
      .expect(200);
    expect(flaggedList.body.items).toEqual([
      expect.objectContaining({ id: site.offerId, staleSince: expect.any(String), hiddenAsStale: true }),
    ]);
    const publicOffer = await http().get(`/api/v1/offers/${site.offerId}`).set('Host', site.host).expect(200);
    expect(publicOffer.body).not.toHaveProperty('staleSince');
    const confirmed = await http()
      .post(`/api/v1/offers/${site.offerId}/confirm`)
      .set('Host', site.host)
      .expect(200);
    expect(confirmed.body).toMatchObject({ staleSince: null, hiddenAsStale: false, remindedAt: null });
    const shownAgain = await http().get('/api/v1/offers?size=100').set('Host', site.host);
    expect(shownAgain.body.items.map((item: { id: string }) => item.id)).toContain(site.offerId);

    // Published anew (here from review), an offer starts without old reminder or stale flags.
    await sql(
      `UPDATE ${site.schema}.offers SET status = 'in_review', stale_since = now(), reminded_at = now(), hidden_as_stale = true WHERE id = $1`,
      [site.offerId],
    );
    const [{ version }] = await sql(`SELECT version FROM ${site.schema}.offers WHERE id = $1`, [
      site.offerId,
    ]);
    const published = await http()
      .post(`/api/v1/offers/${site.offerId}/publish`)
      .set('Host', site.host)
      .send({ version });
    expect(published.status).toBeLessThan(300);
    const [fresh] = await sql(
      `SELECT stale_since, reminded_at, hidden_as_stale FROM ${site.schema}.offers WHERE id = $1`,
      [site.offerId],
    );
    expect(fresh).toEqual({ stale_since: null, reminded_at: null, hidden_as_stale: false });
  });

  it('touches no other tenant when one tenant’s pass runs', async () => {
    const mine = await tenantWithStaleOffer('egen', 'kontakt@egen.example');
    const theirs = await tenantWithStaleOffer('fremmed', 'kontakt@fremmed.example');
    await jobs.run('freshness', mine.tenant.slug, 'run-1');
    const [{ count }] = await sql(`SELECT count(*)::int AS count FROM ${theirs.schema}.outbox`);
    expect(count).toBe(0);
    const [offer] = await sql(`SELECT reminded_at FROM ${theirs.schema}.offers WHERE id = $1`, [
      theirs.offerId,
    ]);
    expect(offer.reminded_at).toBeNull();
  });

  it('shows editors the outbox of their own tenant only', async () => {
    const mine = await tenantWithStaleOffer('postkasse', 'kontakt@postkasse.example');
    const theirs = await tenantWithStaleOffer('andenpost', 'kontakt@andenpost.example');
    await jobs.run('freshness', mine.tenant.slug, 'run-1');
    const own = await request(testApp.app.getHttpServer())
      .get('/api/v1/admin/outbox')
      .set('Host', mine.host)
      .expect(200);
    expect(own.body.items.map((item: { recipient: string }) => item.recipient)).toEqual([
      'kontakt@postkasse.example',
    ]);
    const other = await request(testApp.app.getHttpServer())
      .get('/api/v1/admin/outbox')
      .set('Host', theirs.host)
      .expect(200);
    expect(other.body.total).toBe(0);
    await request(testApp.app.getHttpServer())
      .get(`/api/v1/admin/outbox/${own.body.items[0].id}`)
      .set('Host', theirs.host)
      .expect(404);
  });

  it('runs a job on request and shows each queue with its last run, per tenant', async () => {
    const mine = await tenantWithStaleOffer('jobside', 'kontakt@jobside.example');
    const theirs = await tenantWithStaleOffer('andenjobside', 'kontakt@andenjobside.example');
    const http = () => request(testApp.app.getHttpServer());
    await http().post('/api/v1/admin/jobs/freshness/run').set('Host', mine.host).expect(202);
    const bad = await http().post('/api/v1/admin/jobs/alt/run').set('Host', mine.host).expect(400);
    expect(bad.body.errors[0].field).toBe('queue');

    let overview = (await http().get('/api/v1/admin/jobs').set('Host', mine.host).expect(200)).body;
    for (
      let attempt = 0;
      attempt < 50 &&
      !overview.queues.find((queue: { queue: string; lastRun: unknown }) => queue.queue === 'mail').lastRun;
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      overview = (await http().get('/api/v1/admin/jobs').set('Host', mine.host).expect(200)).body;
    }
    expect(overview.mode).toBe('in-process');
    expect(overview.queues.find((queue: { queue: string }) => queue.queue === 'freshness')).toMatchObject({
      waiting: 0,
      failed: 0,
      lastRun: { lastOutcome: 'ok', lastSummary: { reminded: 1 } },
    });
    const other = (await http().get('/api/v1/admin/jobs').set('Host', theirs.host).expect(200)).body;
    expect(other.queues.every((queue: { lastRun: unknown }) => queue.lastRun === null)).toBe(true);
  });

  it('lets the tenant administrator set the freshness rules, audited, for their own tenant only', async () => {
    const mine = await tenantWithStaleOffer('regler', 'kontakt@regler.example');
    const theirs = await tenantWithStaleOffer('andreregler', 'kontakt@andreregler.example');
    const http = () => request(testApp.app.getHttpServer());
    const saved = await http()
      .patch('/api/v1/admin/settings')
      .set('Host', mine.host)
      .send({ staleAfterDays: 90, hideStale: true, linkCheckAt: '04:45' })
      .expect(200);
    expect(saved.body.freshness).toMatchObject({
      staleAfterDays: 90,
      graceDays: 14,
      hideStale: true,
      linkCheckAt: '04:45',
    });
    const bad = await http()
      .patch('/api/v1/admin/settings')
      .set('Host', mine.host)
      .send({ graceDays: 0, freshnessAt: '25:00', x: 1 })
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'freshnessAt',
      'graceDays',
      'x',
    ]);

    expect(
      (await http().get('/api/v1/admin/settings').set('Host', theirs.host).expect(200)).body.freshness,
    ).toMatchObject({
      staleAfterDays: 180,
      hideStale: false,
    });
    const [audit] = await sql(
      `SELECT changes FROM ${mine.schema}.audit_log WHERE action = 'update_settings'`,
    );
    expect(audit.changes).toEqual({
      staleAfterDays: { from: 180, to: 90 },
      hideStale: { from: false, to: true },
      linkCheckAt: { from: '02:30', to: '04:45' },
    });
  });

  it('names the field of a bad filter on every new editors’ list, and confirms no other tenant’s offer', async () => {
    const mine = await tenantWithStaleOffer('filtre', 'kontakt@filtre.example');
    const theirs = await tenantWithStaleOffer('andrefiltre', 'kontakt@andrefiltre.example');
    const http = () => request(testApp.app.getHttpServer());
    for (const [path, field] of [
      ['/api/v1/admin/outbox?status=afsendt', 'status'],
      ['/api/v1/admin/link-report?result=daarlig', 'result'],
      ['/api/v1/admin/update-requests?state=alle', 'state'],
      ['/api/v1/admin/offers?stale=maaske', 'stale'],
    ]) {
      const response = await http().get(path).set('Host', mine.host).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    }
    await http().post(`/api/v1/offers/${theirs.offerId}/confirm`).set('Host', mine.host).expect(404);
    const [untouched] = await sql(
      `SELECT assured_date < current_date - 100 AS still_old FROM ${theirs.schema}.offers WHERE id = $1`,
      [theirs.offerId],
    );
    expect(untouched.still_old).toBe(true);
  });
});
