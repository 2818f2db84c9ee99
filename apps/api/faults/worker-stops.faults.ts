import { Queue } from 'bullmq';
import { setTimeout as delay } from 'node:timers/promises';
import { FakeSmtpServer, startFakeSmtpServer } from '@socialkompas/testing';
import { eventually } from './support/eventually';
import { FaultStack } from './support/fault-stack';

const TENANT = 'postby';
const MESSAGES = 20;
/** A slow mail server: each message is acknowledged this long after its data arrived. */
const ACCEPT_DELAY_MS = 300;
/** The worker's default SHUTDOWN_TIMEOUT_SECONDS; compose gives it 5 s more. */
const SHUTDOWN_TIMEOUT_MS = 25_000;

/**
 * The production worker stopped and killed while it sends a tenant's reminders: a SIGTERM sends
 * nothing twice and a kill -9 at most one message twice; a new worker sends the rest. Counted by
 * Message-ID at an SMTP server of the test's own.
 */
describe('a worker stopped while it sends mail, against the production build', () => {
  let stack: FaultStack;
  let smtp: FakeSmtpServer;
  let workerEnv: Record<string, string>;

  beforeAll(async () => {
    smtp = await startFakeSmtpServer({ acceptDelayMs: ACCEPT_DELAY_MS });
    stack = await FaultStack.start({ tenant: TENANT, offers: 5 });
    workerEnv = { SMTP_URL: smtp.url, MAIL_FROM: 'noreply@socialkompas.test' };
  });

  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
  });

  /** Writes `count` reminders to the tenant's outbox, as a freshness pass does; returns their ids. */
  async function queueReminders(batch: string, count = MESSAGES): Promise<string[]> {
    const rows = await stack.query<{ id: string }>(
      `INSERT INTO t_${TENANT}.outbox (dedupe_key, kind, recipient, subject, text_body, html_body)
       SELECT $1 || ':' || i, 'freshness_reminder', 'kontakt' || i || '@forening.test',
              'Er jeres tilbud stadig aktuelt? (' || i || ')', 'Hej', '<p>Hej</p>'
       FROM generate_series(1, $2::int) AS i
       RETURNING id`,
      [batch, count],
    );
    return rows.map((row) => row.id);
  }

  /** Runs the mail job now, as the reminders' freshness pass or an editor's "run now" queues it. */
  async function runMailJob(): Promise<void> {
    const queue = new Queue('mail', { connection: { url: stack.redis.url } });
    try {
      await queue.add('mail', { tenant: TENANT });
    } finally {
      await queue.close();
    }
  }

  /** How often the server accepted each of these outbox messages. */
  const copies = (ids: string[]) =>
    ids.map(
      (id) =>
        smtp.received.filter((mail) => mail.messageId === `<outbox-${TENANT}-${id}@socialkompas.test>`)
          .length,
    );

  const sentCount = async (ids: string[]) =>
    (
      await stack.query<{ sent: number }>(
        `SELECT count(*)::int AS sent FROM t_${TENANT}.outbox WHERE id = ANY($1::uuid[]) AND status = 'sent'`,
        [ids],
      )
    )[0].sent;

  const allSent = (ids: string[]) =>
    eventually(
      'every message marked sent',
      () => sentCount(ids),
      (sent) => sent === ids.length,
      60_000,
    );

  it('exits within its grace period on SIGTERM mid-send, sends nothing twice, and the next worker sends the rest once', async () => {
    const ids = await queueReminders('sigterm');
    // The worker's first reconciliation starts the tenant's mail job at once.
    const worker = await stack.startWorker(workerEnv);
    await eventually(
      'the first messages accepted',
      async () => copies(ids).filter((count) => count > 0).length,
      (accepted) => accepted >= 5,
      30_000,
    );

    worker.signal('SIGTERM');
    const { code, afterMs } = await worker.exited(SHUTDOWN_TIMEOUT_MS + 5_000);

    // Stopped by its own shutdown, not by the deadline (which exits with 1).
    expect(code).not.toBe(1);
    expect(afterMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(worker.text()).toContain('SIGTERM: jobs stopped after');
    const atExit = copies(ids);
    expect(atExit.filter((count) => count > 0).length).toBeLessThan(MESSAGES);
    expect(Math.max(...atExit)).toBe(1);
    // Whatever the server accepted is marked sent: nothing is left to go out again.
    expect(await sentCount(ids)).toBe(atExit.filter((count) => count > 0).length);
    console.log(
      `SIGTERM: exited after ${afterMs} ms with ${atExit.filter((count) => count > 0).length} of ${MESSAGES} sent`,
    );

    // The interrupted mail job went back to the queue; the next worker takes it on.
    await stack.startWorker(workerEnv);
    await allSent(ids);
    expect(copies(ids)).toEqual(ids.map(() => 1));
  });

  it('sends at most one message twice after a kill -9 mid-send', async () => {
    const ids = await queueReminders('sigkill');
    const [running] = stack.workers.filter((worker) => worker.running);
    await runMailJob();
    await eventually(
      'the first messages accepted',
      async () => copies(ids).filter((count) => count > 0).length,
      (accepted) => accepted >= 5,
      30_000,
    );
    // Halfway through the next message's acknowledgement: the server takes it, the worker never hears.
    await delay(ACCEPT_DELAY_MS / 2);
    await running.stop();
    await delay(ACCEPT_DELAY_MS);

    // The killed worker's lease would run out after 2 minutes; here it has run out now.
    await stack.query(`UPDATE t_${TENANT}.outbox SET claimed_until = now() WHERE claimed_until > now()`);
    await stack.startWorker(workerEnv);
    await runMailJob();
    await allSent(ids);

    const counts = copies(ids);
    const duplicates = counts.filter((count) => count > 1).length;
    console.log(`kill -9: ${duplicates} message(s) sent twice of ${MESSAGES}`);
    expect(counts.every((count) => count === 1 || count === 2)).toBe(true);
    expect(duplicates).toBeLessThanOrEqual(1);
  });
});
