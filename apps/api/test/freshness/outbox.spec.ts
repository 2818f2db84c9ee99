import {
  FakeSmtpServer,
  startFakeSmtpServer,
  startTestApp,
  TestApp,
  uniqueSlug,
} from '@socialkompas/testing';
import { escapeHtml } from '@socialkompas/http';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { freshnessReminder } from '@socialkompas/catalogue';
import { NewOutboxMessage, OutboxRepository, OutboxSender, smtpTransport } from '@socialkompas/mail';

const FROM = 'noreply@socialkompas.test';
const MINUTE_MS = 60_000;

/** The tenant's outbox, sent through a real SMTP server on a real socket. */
describe('the outbox', () => {
  let testApp: TestApp;
  let tenancy: TenancyService;
  let outbox: OutboxRepository;
  let sender: OutboxSender;
  const smtpServers: FakeSmtpServer[] = [];
  const transports: { close(): void }[] = [];

  beforeAll(async () => {
    testApp = await startTestApp();
    tenancy = testApp.app.get(TenancyService);
    outbox = new OutboxRepository(tenancy);
    sender = new OutboxSender(tenancy, outbox);
  });

  afterAll(async () => {
    for (const transport of transports) transport.close();
    await Promise.all(smtpServers.map((server) => server.close()));
    await testApp.close();
  });

  /** Each test its own tenant, so one test's due messages never reach another's server. */
  async function mailTenant(): Promise<Tenant> {
    return (await testApp.provision({ slug: uniqueSlug('mail'), name: 'Mailkommune' })).tenant;
  }

  async function smtpServer(options: { rejectRecipients?: boolean; acceptDelayMs?: number } = {}) {
    const server = await startFakeSmtpServer(options);
    smtpServers.push(server);
    const transport = smtpTransport(server.url);
    transports.push(transport);
    return { server, transport };
  }

  function reminder(tenant: Tenant, offerName = 'Sorggruppen for unge') {
    return freshnessReminder({
      tenant,
      offerName,
      organizationName: 'Foreningen Sorg',
      assuredDate: '2025-11-12',
      staleAfterDays: 180,
      confirmUrl: 'https://mail.socialkompas.test/svar/bekraeft?token=abc&offer=1',
      updateUrl: 'https://mail.socialkompas.test/svar/ret?token=abc',
      closeUrl: 'https://mail.socialkompas.test/svar/luk?token=abc',
      expiresAt: new Date('2026-06-11T12:00:00Z'),
    });
  }

  function message(tenant: Tenant, fields: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
    const { subject, text, html } = reminder(tenant);
    return {
      dedupeKey: null,
      kind: 'freshness_reminder',
      offerId: null,
      recipient: 'kontakt@sorg.test',
      subject,
      text,
      html,
      ...fields,
    };
  }

  const enqueue = (tenant: Tenant, fields: Partial<NewOutboxMessage> = {}) =>
    tenancy.run(tenant, () => outbox.enqueue(message(tenant, fields)));
  const stored = async (tenant: Tenant, id: string) => {
    const row = await tenancy.run(tenant, () => outbox.get(id));
    if (!row) throw new Error(`Outbox message ${id} is gone`);
    return row;
  };
  /** Moves a retry's time to now, as if its backoff had passed. */
  const makeDue = (tenant: Tenant, id: string) =>
    tenancy.run(tenant, (manager) =>
      manager.query(`UPDATE outbox SET next_attempt_at = now() WHERE id = $1`, [id]),
    );

  it('stores one message per dedupe key and returns the first one’s id for a repeat', async () => {
    const tenant = await mailTenant();
    const first = await enqueue(tenant, { dedupeKey: 'reminder:offer-1:2026-05-12' });
    const repeat = await enqueue(tenant, { dedupeKey: 'reminder:offer-1:2026-05-12', subject: 'Anden' });

    expect(first).toEqual({ id: expect.any(String), created: true });
    expect(repeat).toEqual({ id: first.id, created: false });
    const listed = await tenancy.run(tenant, () => outbox.page({ page: 1, size: 10 }));
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({ id: first.id, status: 'pending', attempts: 0 });
    expect(listed.items[0].subject).not.toBe('Anden');
  });

  it('delivers a due reminder from the tenant’s name and marks it sent', async () => {
    const tenant = await mailTenant();
    const { server, transport } = await smtpServer();
    const { id } = await enqueue(tenant);

    const summary = await sender.sendDue(tenant, transport, FROM);

    expect(summary).toEqual({ sent: 1, failed: 0, held: 0 });
    expect(server.received).toHaveLength(1);
    const delivered = server.received[0];
    expect(delivered.messageId).toBe(`<outbox-${tenant.slug}-${id}@socialkompas.test>`);
    expect(delivered.envelopeTo).toEqual(['kontakt@sorg.test']);
    expect(delivered.to).toContain('kontakt@sorg.test');
    expect(delivered.from).toContain('Mailkommune');
    expect(delivered.from).toContain(FROM);
    expect(delivered.subject).toBe('Er jeres tilbud »Sorggruppen for unge« stadig aktuelt?');
    expect(delivered.html).toContain('Mailkommunes Socialkompas');
    expect(delivered.html).toContain(
      `href="${escapeHtml('https://mail.socialkompas.test/svar/bekraeft?token=abc&offer=1')}"`,
    );
    expect(delivered.text).toContain('https://mail.socialkompas.test/svar/bekraeft?token=abc&offer=1');
    expect(delivered.text).toContain('sidst bekræftet den 12. november 2025');

    const row = await stored(tenant, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 0, failed: 0, held: 0 });
    expect(server.received).toHaveLength(1);
  });

  it('holds due messages when no SMTP server is configured', async () => {
    const tenant = await mailTenant();
    const { server } = await smtpServer();
    const { id } = await enqueue(tenant);

    expect(await sender.sendDue(tenant, null, FROM)).toEqual({ sent: 0, failed: 0, held: 1 });

    expect(await stored(tenant, id)).toMatchObject({ status: 'held', attempts: 0, sentAt: null });
    expect(server.received).toHaveLength(0);
    const held = await tenancy.run(tenant, () => outbox.page({ status: 'held', page: 1, size: 10 }));
    expect(held.items.map((item) => item.id)).toEqual([id]);

    // Once an SMTP server is configured, what was held goes out.
    const { server: configured, transport } = await smtpServer();
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 1, failed: 0, held: 0 });
    expect(configured.received).toHaveLength(1);
    expect(await stored(tenant, id)).toMatchObject({ status: 'sent' });
  });

  it('retries a rejected message after 1, 5, 30 and 120 minutes, then gives up', async () => {
    const tenant = await mailTenant();
    const { server, transport } = await smtpServer({ rejectRecipients: true });
    const { id } = await enqueue(tenant);

    const firstTry = Date.now();
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 0, failed: 1, held: 0 });
    const afterFirst = await stored(tenant, id);
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(afterFirst.lastError).toContain('550');
    expect(afterFirst.nextAttemptAt.getTime() - firstTry).toBeGreaterThan(0.9 * MINUTE_MS);
    expect(afterFirst.nextAttemptAt.getTime() - firstTry).toBeLessThan(1.5 * MINUTE_MS);
    // Not due yet: a second pass leaves it alone.
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 0, failed: 0, held: 0 });

    for (const [attempts, backoffMinutes] of [
      [2, 5],
      [3, 30],
      [4, 120],
    ]) {
      await makeDue(tenant, id);
      const tried = Date.now();
      await sender.sendDue(tenant, transport, FROM);
      const row = await stored(tenant, id);
      expect(row).toMatchObject({ status: 'pending', attempts });
      expect(Math.round((row.nextAttemptAt.getTime() - tried) / MINUTE_MS)).toBe(backoffMinutes);
    }

    await makeDue(tenant, id);
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 0, failed: 1, held: 0 });
    expect(await stored(tenant, id)).toMatchObject({ status: 'failed', attempts: 5, sentAt: null });
    await makeDue(tenant, id);
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 0, failed: 0, held: 0 });
    expect(server.received).toHaveLength(0);
  });

  it('sends the other messages when one of them fails', async () => {
    const tenant = await mailTenant();
    const { server, transport } = await smtpServer();
    const failingOnce = {
      async send(mail: Parameters<typeof transport.send>[0]) {
        if (mail.to === 'ukendt@sorg.test') throw new Error('550 Modtageren findes ikke');
        await transport.send(mail);
      },
    };
    await enqueue(tenant, { recipient: 'ukendt@sorg.test' });
    await enqueue(tenant, { recipient: 'kontakt@sorg.test' });

    expect(await sender.sendDue(tenant, failingOnce, FROM)).toEqual({ sent: 1, failed: 1, held: 0 });
    expect(server.received.map((mail) => mail.envelopeTo)).toEqual([['kontakt@sorg.test']]);
  });

  /** How often each Message-ID reached the server. */
  const copiesById = (server: FakeSmtpServer) => {
    const copies = new Map<string, number>();
    for (const mail of server.received) copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
    return copies;
  };

  const enqueueMany = async (tenant: Tenant, count: number) => {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      ids.push((await enqueue(tenant, { recipient: `kontakt${index}@sorg.test` })).id);
    }
    return ids;
  };

  it('lets two workers at once send each message exactly once', async () => {
    const tenant = await mailTenant();
    // A slow server, so the two passes are sending at the same time.
    const { server, transport } = await smtpServer({ acceptDelayMs: 20 });
    const ids = await enqueueMany(tenant, 20);

    const [one, two] = await Promise.all([
      sender.sendDue(tenant, transport, FROM),
      sender.sendDue(tenant, transport, FROM),
    ]);

    expect(one.sent).toBeGreaterThan(0);
    expect(two.sent).toBeGreaterThan(0);
    expect(one.sent + two.sent).toBe(20);
    const copies = copiesById(server);
    expect([...copies.values()].every((count) => count === 1)).toBe(true);
    expect([...copies.keys()].sort()).toEqual(
      ids.map((id) => `<outbox-${tenant.slug}-${id}@socialkompas.test>`).sort(),
    );
  });

  it('stops after the message it is sending when the worker stops, leaving the rest due', async () => {
    const tenant = await mailTenant();
    const { server, transport } = await smtpServer();
    const ids = await enqueueMany(tenant, 4);
    const stopping = new AbortController();
    const stopsDuringSecond = {
      async send(mail: Parameters<typeof transport.send>[0]) {
        if (server.received.length === 1) stopping.abort(new Error('SIGTERM'));
        await transport.send(mail);
      },
    };

    await expect(sender.sendDue(tenant, stopsDuringSecond, FROM, stopping.signal)).rejects.toThrow('SIGTERM');

    expect(server.received).toHaveLength(2);
    const statuses = await Promise.all(ids.map(async (id) => (await stored(tenant, id)).status));
    expect(statuses).toEqual(['sent', 'sent', 'pending', 'pending']);
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 2, failed: 0, held: 0 });
    expect([...copiesById(server).values()]).toEqual([1, 1, 1, 1]);
  });

  it('sends again only the message a sender died on after the server accepted it, with the same Message-ID', async () => {
    const tenant = await mailTenant();
    const { server, transport } = await smtpServer();
    const ids = await enqueueMany(tenant, 6);
    // The third message is accepted, and then the sender is gone: it never hears back, never marks it.
    let sends = 0;
    const diesAfterThirdAcceptance = {
      async send(mail: Parameters<typeof transport.send>[0]) {
        await transport.send(mail);
        if (++sends === 3) await new Promise<never>(() => undefined);
      },
    };
    void sender.sendDue(tenant, diesAfterThirdAcceptance, FROM);
    await waitFor(() => server.received.length === 3);

    // Another sender meanwhile leaves the dead one's message alone: it is still leased.
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 3, failed: 0, held: 0 });
    expect(await stored(tenant, ids[2])).toMatchObject({ status: 'pending', sentAt: null });

    // Once the lease has run out, it is due again, and it is the only one sent twice.
    await tenancy.run(tenant, (manager) =>
      manager.query(`UPDATE outbox SET claimed_until = now() - interval '1 second' WHERE id = $1`, [ids[2]]),
    );
    expect(await sender.sendDue(tenant, transport, FROM)).toEqual({ sent: 1, failed: 0, held: 0 });
    const copies = copiesById(server);
    const messageId = (id: string) => `<outbox-${tenant.slug}-${id}@socialkompas.test>`;
    expect(ids.map((id) => copies.get(messageId(id)))).toEqual([1, 1, 2, 1, 1, 1]);
    expect(await stored(tenant, ids[2])).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!condition()) throw new Error('Timed out waiting');
}

describe('the freshness reminder', () => {
  const input = {
    tenant: { name: 'Mailkommune', theme: {} },
    offerName: '<script>alert("hej")</script>',
    organizationName: 'Børn & Unge',
    assuredDate: null,
    staleAfterDays: 180,
    confirmUrl: 'https://socialkompas.test/bekraeft',
    updateUrl: 'https://socialkompas.test/ret',
    closeUrl: 'https://socialkompas.test/luk',
    expiresAt: new Date('2026-05-12T10:00:00Z'),
  };

  it('escapes the offer’s name and the organisation in the HTML, and keeps them as written in the text', () => {
    const mail = freshnessReminder(input);

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain(escapeHtml('<script>alert("hej")</script>'));
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain(`Hej ${escapeHtml('Børn & Unge')},`);
    expect(mail.text).toContain('»<script>alert("hej")</script>«');
  });

  it('offers the three answers, says how long the links work, and signs with the tenant’s name', () => {
    const mail = freshnessReminder(input);

    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Ja, det er stadig aktuelt');
      expect(part).toContain('Ret oplysningerne');
      expect(part).toContain('Tilbuddet findes ikke længere');
      expect(part).toContain('Linkene virker indtil den 12. maj 2026 og kræver ikke login.');
    }
    expect(mail.text.trimEnd().endsWith('Venlig hilsen\nMailkommune')).toBe(true);
    expect(mail.html).toContain('<html lang="da">');
    expect(mail.html).toContain('background-color:#1d4f73');
  });

  it('keeps a theme value that is not a colour out of the style attributes', () => {
    const mail = freshnessReminder({
      ...input,
      tenant: { name: 'Mailkommune', theme: { primaryColor: 'red;background-image:url(https://x.test)' } },
    });

    expect(mail.html).not.toContain('x.test');
    expect(mail.html).toContain('background-color:#1d4f73');
  });
});
