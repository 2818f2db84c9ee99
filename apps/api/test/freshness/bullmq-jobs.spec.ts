import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { redisAnswers, startTestApp, TestApp, testRedisUrl, uniqueSlug } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';
import { BullMqJobRunner, DeclaredJobs, TenantJobs } from '@socialkompas/jobs';

const REDIS_URL = testRedisUrl();

/** BullMQ on a real Redis: schedules per tenant, processing, retries kept apart per tenant. */
describe('background jobs on BullMQ', () => {
  let available = false;
  let testApp: TestApp;
  let runner: BullMqJobRunner;
  let idle: BullMqJobRunner;
  const prefix = `sk-test-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    available = await redisAnswers(REDIS_URL);
    if (!available) {
      if (process.env.CI) throw new Error(`No Redis at ${REDIS_URL}: CI must provide one.`);
      console.warn(`Skipping the BullMQ tests: no Redis at ${REDIS_URL} (they run on CI).`);
      return;
    }
    testApp = await startTestApp();
    const declared = testApp.app.get(DeclaredJobs);
    const jobs = testApp.app.get(TenantJobs);
    runner = new BullMqJobRunner(REDIS_URL, declared, jobs, { workers: true, prefix });
    // Takes jobs in but never works on them: what waits can be counted.
    idle = new BullMqJobRunner(REDIS_URL, declared, jobs, { workers: false, prefix: `${prefix}-idle` });
    await runner.start();
  });

  afterAll(async () => {
    if (!available) return;
    for (const queue of ['link-check', 'freshness', 'mail'] as const) {
      await runner.queue(queue).obliterate({ force: true });
      await idle.queue(queue).obliterate({ force: true });
    }
    await runner.close();
    await idle.close();
    await testApp.close();
  });

  const sql = (query: string, parameters: unknown[] = []) =>
    testApp.app.get(DataSource).query(query, parameters);

  async function tenant(prefixOfSlug: string): Promise<Tenant> {
    return (await testApp.provision({ slug: uniqueSlug(prefixOfSlug), name: `${prefixOfSlug} Kommune` }))
      .tenant;
  }

  async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const value = await probe();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for ${what}`);
  }

  it('keeps one daily scheduler per tenant and job, in Danish time, idempotently', async () => {
    if (!available) return;
    const odder = await tenant('planlagt');
    await sql(`UPDATE platform.tenants SET settings = '{"linkCheckAt": "03:15"}' WHERE id = $1`, [odder.id]);
    const withSettings = { ...odder, settings: { linkCheckAt: '03:15' } };
    expect(await runner.reconcileSchedules([withSettings])).toEqual({ created: 3, updated: 0, removed: 0 });
    expect(await runner.reconcileSchedules([withSettings])).toEqual({ created: 0, updated: 0, removed: 0 });
    const schedulers = await runner.queue('link-check').getJobSchedulers();
    const mine = schedulers.filter((scheduler) => scheduler.key === `link-check-${odder.slug}`);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ pattern: '15 3 * * *', tz: 'Europe/Copenhagen' });
    const freshness = await runner.queue('freshness').getJobSchedulers();
    expect(freshness.find((scheduler) => scheduler.key === `freshness-${odder.slug}`)).toMatchObject({
      pattern: '0 6 * * *',
    });
    // The outbox is worked through every 5 minutes, so failed mail is retried on time.
    const mail = await runner.queue('mail').getJobSchedulers();
    expect(mail.find((scheduler) => scheduler.key === `mail-${odder.slug}`)).toMatchObject({
      every: 300_000,
    });
  });

  it('runs a tenant’s freshness job in that tenant only, then its mail job', async () => {
    if (!available) return;
    const mine = await tenant('koejob');
    const theirs = await tenant('andenjob');
    await runner.enqueue('freshness', mine.slug);
    const run = await until(async () => {
      const [row] = await sql(
        `SELECT job, last_outcome FROM "t_${mine.slug}".job_runs WHERE job = 'mail' AND last_outcome IS NOT NULL`,
      );
      return row;
    }, 'the mail job after the freshness pass');
    expect(run).toEqual({ job: 'mail', last_outcome: 'ok' });
    const [freshness] = await sql(
      `SELECT last_outcome FROM "t_${mine.slug}".job_runs WHERE job = 'freshness'`,
    );
    expect(freshness.last_outcome).toBe('ok');
    expect(await sql(`SELECT * FROM "t_${theirs.slug}".job_runs`)).toEqual([]);
  });

  it('skips a job whose tenant does not exist, without touching any schema', async () => {
    if (!available) return;
    const job = await runner.queue('freshness').add('freshness', { tenant: 'findes_ikke' });
    const finished = await until(
      async () => ((await job.getState()) === 'completed' ? job : undefined),
      'the job',
    );
    const stored = await runner.queue('freshness').getJob(finished.id ?? '');
    expect(stored?.returnvalue).toEqual({ skipped: true });
  });

  it('counts waiting jobs per tenant', async () => {
    if (!available) return;
    await idle.enqueue('link-check', 'aarhus_kun');
    await idle.enqueue('link-check', 'aarhus_kun');
    await idle.enqueue('link-check', 'silkeborg_kun');
    expect((await idle.countsFor('aarhus_kun'))['link-check']).toMatchObject({
      waiting: 2,
      active: 0,
      failed: 0,
    });
    expect((await idle.countsFor('silkeborg_kun'))['link-check']).toMatchObject({ waiting: 1 });
    expect(await idle.health()).toBe('up');
  });
});
