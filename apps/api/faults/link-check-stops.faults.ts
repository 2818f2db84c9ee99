import { Queue } from 'bullmq';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { eventually } from './support/eventually';
import { FaultStack } from './support/fault-stack';

const TENANT = 'linkby';
const OFFERS = 160;
/** Each HEAD is answered this long after it arrived: with 2 requests per host, ~20 URLs a second. */
const ANSWER_DELAY_MS = 100;
/** The link checker's batch: what a run saves at once, and so the most a kill -9 can make it redo. */
const BATCH_SIZE = 64;
const SHUTDOWN_TIMEOUT_MS = 25_000;

/** A slow web site on loopback that counts how often each path was asked for. */
class SlowSite {
  readonly asked = new Map<string, number>();
  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<SlowSite> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const site = new SlowSite(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (request, response) => {
      site.asked.set(request.url ?? '', (site.asked.get(request.url ?? '') ?? 0) + 1);
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/plain' }).end(), ANSWER_DELAY_MS);
    });
    return site;
  }

  forget(): void {
    this.asked.clear();
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * The production worker stopped and killed while it checks a tenant's links on a slow site: a
 * SIGTERM ends it within seconds with what it checked saved, and a new worker finishes the same
 * run without asking the site again; after a kill -9 the next worker resumes from the last saved
 * batch. The site lives on loopback, which the link checker refuses but for the origin that
 * LINK_CHECK_ALLOW_ORIGINS names.
 */
describe('a worker stopped during a link check, against the production build', () => {
  let stack: FaultStack;
  let site: SlowSite;
  let workerEnv: Record<string, string>;
  let urls: number;

  beforeAll(async () => {
    site = await SlowSite.start();
    stack = await FaultStack.start({ tenant: TENANT, offers: OFFERS });
    // Every link of the catalogue on the slow site: each offer's page and each association's website.
    await stack.query(
      `UPDATE t_${TENANT}.offers SET url = $1 || '/tilbud/' || id,
         description = regexp_replace(description, 'https?://\\S+', '', 'g')`,
      [site.origin],
    );
    await stack.query(`UPDATE t_${TENANT}.organizations SET website = $1 || '/forening/' || id`, [
      site.origin,
    ]);
    const [{ count }] = await stack.query<{ count: number }>(
      `SELECT (SELECT count(*) FROM t_${TENANT}.offers WHERE status = 'published')
            + (SELECT count(DISTINCT organization_id) FROM t_${TENANT}.offers WHERE status = 'published') AS count`,
    );
    urls = Number(count);
    workerEnv = { LINK_CHECK_ALLOW_ORIGINS: site.origin };
  });

  afterAll(async () => {
    await stack?.stop();
    await site?.close();
  });

  /** Queues a link check of the tenant, as an editor's "run now" does; returns its run id. */
  async function runLinkCheck(): Promise<string> {
    const queue = new Queue('link-check', { connection: { url: stack.redis.url } });
    try {
      const job = await queue.add('link-check', { tenant: TENANT });
      return `link-check:${job.id}`;
    } finally {
      await queue.close();
    }
  }

  const savedIn = async (runId: string) =>
    (
      await stack.query<{ saved: number }>(
        `SELECT count(*)::int AS saved FROM t_${TENANT}.link_check_progress WHERE run_id = $1`,
        [runId],
      )
    )[0].saved;

  /** Waits for the run to finish, and returns the job's summary and how many links it recorded. */
  async function finished(
    runId: string,
  ): Promise<{ summary: { urls: number; ok: number }; recorded: number }> {
    await eventually(
      'the link check finished',
      async () =>
        (
          await stack.query<{ outcome: string | null }>(
            `SELECT last_outcome AS outcome FROM t_${TENANT}.job_runs
             WHERE job = 'link-check' AND last_finished_at > last_started_at`,
          )
        )[0]?.outcome,
      (outcome) => outcome === 'ok',
      120_000,
    );
    const [{ summary }] = await stack.query<{ summary: { urls: number; ok: number } }>(
      `SELECT last_summary AS summary FROM t_${TENANT}.job_runs WHERE job = 'link-check'`,
    );
    const [{ recorded }] = await stack.query<{ recorded: number }>(
      `SELECT count(*)::int AS recorded FROM t_${TENANT}.link_checks WHERE last_run = $1 AND result = 'ok'`,
      [runId],
    );
    return { summary, recorded };
  }

  const linkCount = async () =>
    (
      await stack.query<{ links: number }>(
        `SELECT (count(*) * 2)::int AS links FROM t_${TENANT}.offers WHERE status = 'published'`,
      )
    )[0].links;

  const requests = () => [...site.asked.values()].reduce((sum, count) => sum + count, 0);

  it('exits within seconds on SIGTERM with what it checked saved, and the next worker finishes the run asking nothing twice', async () => {
    const worker = await stack.startWorker(workerEnv);
    expect(worker.text()).toContain(`The link checker may reach ${site.origin}`);
    const runId = await runLinkCheck();
    // Into the second batch: the first is saved, the second in flight.
    await eventually(
      'the second batch under way',
      async () => requests(),
      (asked) => asked > BATCH_SIZE + 8,
      60_000,
    );

    worker.signal('SIGTERM');
    const { code, afterMs } = await worker.exited(SHUTDOWN_TIMEOUT_MS + 5_000);
    expect(code).not.toBe(1);
    expect(afterMs).toBeLessThan(5_000);
    const askedAtStop = requests();
    // The checks in flight finished and their batch was saved with the first.
    expect(await savedIn(runId)).toBe(askedAtStop);
    expect(askedAtStop).toBeLessThan(urls);
    console.log(`SIGTERM: exited after ${afterMs} ms with ${askedAtStop} of ${urls} URLs checked and saved`);

    await stack.startWorker(workerEnv);
    const { summary, recorded } = await finished(runId);
    expect(summary).toMatchObject({ urls, ok: await linkCount() });
    expect(recorded).toBe(await linkCount());
    expect(site.asked.size).toBe(urls);
    expect(Math.max(...site.asked.values())).toBe(1);
  });

  it('resumes from the last saved batch after a kill -9, asking the site again at most one batch', async () => {
    site.forget();
    const [running] = stack.workers.filter((worker) => worker.running);
    const runId = await runLinkCheck();
    await eventually(
      'the second batch under way',
      async () => requests(),
      (asked) => asked > BATCH_SIZE + 8,
      60_000,
    );
    await running.stop();
    const saved = await savedIn(runId);
    expect(saved).toBeGreaterThanOrEqual(BATCH_SIZE);
    expect(saved).toBeLessThan(urls);
    await delay(ANSWER_DELAY_MS * 2);

    // BullMQ hands the dead worker's job to the next once its lock has run out (30 s).
    await stack.startWorker(workerEnv);
    const { summary, recorded } = await finished(runId);
    expect(summary).toMatchObject({ urls, ok: await linkCount() });
    expect(recorded).toBe(await linkCount());
    expect(site.asked.size).toBe(urls);
    const askedTwice = [...site.asked.values()].filter((count) => count > 1).length;
    console.log(`kill -9: ${saved} of ${urls} URLs saved at the kill, ${askedTwice} asked again`);
    expect(askedTwice).toBeLessThanOrEqual(BATCH_SIZE);
    expect(Math.max(...site.asked.values())).toBeLessThanOrEqual(2);
  });
});
