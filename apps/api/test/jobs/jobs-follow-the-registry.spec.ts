import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { JobRunner } from '@socialkompas/jobs';
import {
  createScratchDatabase,
  nodeArgsFor,
  openTestDataSource,
  startRedisServer,
  tenancyFor,
  testEnvironment,
} from '@socialkompas/testing';
import { AppModule } from '../../src/app.module';

const ROOT = join(__dirname, '../../../..');

/**
 * Job schedules follow the registry, whichever process changes it: a tenant created or suspended
 * from the command line while the application runs, and a Redis that lost everything.
 */
describe('jobs follow the registry', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let admin: DataSource;
  const apps: INestApplication[] = [];

  const cli = (...args: string[]) => {
    const result = spawnSync(
      process.execPath,
      [...nodeArgsFor('apps/api/src/cli/platform.cli.ts'), ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, DATABASE_URL: scratch.url },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    if (result.status !== 0) throw new Error(`platform ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  };

  /** The application as a process that keeps schedules (the API beside workers). */
  async function startRunner(env: Record<string, string>): Promise<JobRunner> {
    const environment = testEnvironment({ DATABASE_URL: scratch.url, ...env });
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppModule.register(environment, {
          jobs: 'schedule',
          jobsPrefix: `sk-registry-${randomBytes(4).toString('hex')}`,
        }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    apps.push(app);
    return app.get(JobRunner);
  }

  async function eventually(probe: () => Promise<boolean>, what: string, withinMs = 10_000): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < withinMs) {
      if (await probe()) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Not within ${withinMs} ms: ${what}`);
  }

  const has = (runner: JobRunner, slug: string) => async () =>
    (await runner.scheduledTenants()).includes(slug);
  const hasNot = (runner: JobRunner, slug: string) => async () => !(await has(runner, slug)());

  beforeAll(async () => {
    scratch = await createScratchDatabase(`jobs_${randomBytes(3).toString('hex')}`);
    redis = await startRedisServer();
    admin = await openTestDataSource({ url: scratch.url, poolSize: 2 });
    await tenancyFor(admin).migrationRunner.ensurePlatformSchema();
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await admin?.destroy();
    await redis?.stop();
    await scratch?.drop();
  });

  it('gives a tenant created from the command line its schedules within seconds, on BullMQ and in process', async () => {
    // An hour between timed reconciliations: only the registry's notification can be quick.
    const bullmq = await startRunner({ REDIS_URL: redis.url, JOBS_RECONCILE_SECONDS: '3600' });
    const inProcess = await startRunner({ JOBS_RECONCILE_SECONDS: '3600' });
    expect(bullmq.mode).toBe('bullmq');
    expect(inProcess.mode).toBe('in-process');
    expect(await bullmq.scheduledTenants()).toEqual([]);

    cli('tenant', 'create', '--slug', 'odder', '--name', 'Odder Kommune', '--kind', 'municipality');
    const afterMs = await eventually(has(bullmq, 'odder'), 'odder scheduled on BullMQ');
    await eventually(has(inProcess, 'odder'), 'odder scheduled in process');
    expect(afterMs).toBeLessThan(5000);

    const queue = (bullmq as unknown as { queue(name: string): import('bullmq').Queue }).queue('link-check');
    expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual(['link-check-odder']);
  });

  it('removes a suspended tenant’s schedules and restores them on resume', async () => {
    const [bullmq, inProcess] = apps.map((app) => app.get(JobRunner));
    cli('tenant', 'suspend', '--slug', 'odder');
    await eventually(hasNot(bullmq, 'odder'), 'odder unscheduled on BullMQ');
    await eventually(hasNot(inProcess, 'odder'), 'odder unscheduled in process');
    cli('tenant', 'resume', '--slug', 'odder');
    await eventually(has(bullmq, 'odder'), 'odder scheduled again on BullMQ');
    await eventually(has(inProcess, 'odder'), 'odder scheduled again in process');
  });

  it('moves a schedule when the tenant’s settings change in the database', async () => {
    const [bullmq] = apps.map((app) => app.get(JobRunner));
    const queue = (bullmq as unknown as { queue(name: string): import('bullmq').Queue }).queue('link-check');
    await admin.query(
      `UPDATE platform.tenants SET settings = settings || '{"linkCheckAt": "04:45"}' WHERE slug = 'odder'`,
    );
    await eventually(
      async () => (await queue.getJobSchedulers()).some((scheduler) => scheduler.pattern === '45 4 * * *'),
      'the link check moved to 04:45',
    );
  });

  it('hears changes again after its database connection was cut', async () => {
    const [bullmq] = apps.map((app) => app.get(JobRunner));
    const cut = await admin.query(
      `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
        WHERE application_name = 'socialkompas-registry-listener' AND datname = current_database()`,
    );
    expect(cut.length).toBe(2);
    cli('tenant', 'create', '--slug', 'samsoe', '--name', 'Samsø Kommune', '--kind', 'municipality');
    await eventually(has(bullmq, 'samsoe'), 'samsoe scheduled after the reconnection');
  });

  it('brings the schedules back on its timer after Redis lost all its data', async () => {
    const timed = await startRunner({ REDIS_URL: redis.url, JOBS_RECONCILE_SECONDS: '2' });
    await eventually(has(timed, 'samsoe'), 'samsoe scheduled at start');
    const client = new IORedis(redis.url);
    await client.flushall();
    await client.quit();
    expect(await timed.scheduledTenants()).toEqual([]);
    await eventually(
      async () => (await timed.scheduledTenants()).join() === 'odder,samsoe',
      'schedules back',
      8000,
    );
  });
});
