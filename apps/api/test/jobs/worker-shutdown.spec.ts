import { Module } from '@nestjs/common';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
  BullMqJobRunner,
  DeclaredJobs,
  JobRunner,
  TenantJob,
  TenantJobContext,
  TenantJobHandler,
  TenantJobs,
} from '@socialkompas/jobs';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import {
  createScratchDatabase,
  OwnRedisServer,
  openTestDataSource,
  startRedisServer,
  tenancyFor,
  testEnvironment,
} from '@socialkompas/testing';
import { AppModule } from '../../src/app.module';

const PROBE_JOB = 'shutdown-probe';

/** What the probe job saw, run by run. */
const probe = {
  runIds: [] as string[],
  /** The first run's database work after the stop was asked for: 'ok', or the error it met. */
  checkpoint: null as string | null,
  firstStarted: null as (() => void) | null,
};

/**
 * A long job that checkpoints: its first run waits until the worker stops, writes its progress to
 * the database (which must still be open), and stops; a later run finishes.
 */
@TenantJob({ name: PROBE_JOB })
class ShutdownProbeJob implements TenantJobHandler {
  constructor(private readonly tenancy: TenancyService) {}

  async run(tenant: Tenant, runId: string, { signal }: TenantJobContext): Promise<object> {
    probe.runIds.push(runId);
    if (probe.runIds.length > 1) return { resumed: true };
    probe.firstStarted?.();
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    probe.checkpoint = await this.tenancy
      .run(tenant, (manager) => manager.query(`SELECT count(*) FROM outbox`))
      .then(
        () => 'ok',
        (error: unknown) => String(error),
      );
    signal.throwIfAborted();
    return { resumed: false };
  }
}

@Module({ providers: [ShutdownProbeJob] })
class ShutdownProbeModule {}

/** A worker process's shutdown: running jobs end before the database closes, and resume elsewhere. */
describe('a worker that stops', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let redis: OwnRedisServer;
  let admin: DataSource;
  let tenant: Tenant;
  const prefix = `sk-shutdown-${randomBytes(4).toString('hex')}`;
  const open: INestApplicationContext[] = [];

  /** The application as `npm run worker` wires it, with the probe job declared beside the others. */
  async function startWorker(): Promise<INestApplicationContext> {
    const environment = testEnvironment({ DATABASE_URL: scratch.url, REDIS_URL: redis.url });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.register(environment, { jobs: 'work', jobsPrefix: prefix }), ShutdownProbeModule],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    open.push(app);
    return app;
  }

  const probeQueue = () => new Queue(PROBE_JOB, { connection: { url: redis.url }, prefix });

  beforeAll(async () => {
    scratch = await createScratchDatabase(`shutdown_${randomBytes(3).toString('hex')}`);
    redis = await startRedisServer();
    admin = await openTestDataSource({ url: scratch.url, poolSize: 2 });
    const { migrationRunner, provisioning } = tenancyFor(admin);
    await migrationRunner.ensurePlatformSchema();
    ({ tenant } = await provisioning.createTenant({
      slug: 'skanderborg',
      name: 'Skanderborg',
      kind: 'municipality',
    }));
  });

  afterAll(async () => {
    for (const app of open) await app.close().catch(() => undefined);
    await admin?.destroy();
    await redis?.stop();
    await scratch?.drop();
  });

  it('lets the running job write its checkpoint before the database closes, and hands it to the next worker', async () => {
    const first = await startWorker();
    const started = new Promise<void>((resolve) => (probe.firstStarted = resolve));
    await first.get(JobRunner).enqueue(PROBE_JOB, tenant.slug);
    await started;

    await first.close();

    expect(probe.checkpoint).toBe('ok');
    const queue = probeQueue();
    try {
      const [waiting] = await queue.getJobs(['wait']);
      expect(waiting).toBeDefined();
      // Handed back, not failed: the interrupted run used up none of its attempts.
      expect(waiting.attemptsMade).toBe(0);

      await startWorker();
      for (let attempt = 0; attempt < 100 && probe.runIds.length < 2; attempt++) await delay(100);
      expect(probe.runIds).toEqual([probe.runIds[0], probe.runIds[0]]);
      const finished = await queue.getJob(waiting.id ?? '');
      for (let attempt = 0; attempt < 50 && !(await finished?.isCompleted()); attempt++) await delay(100);
      expect((await queue.getJob(waiting.id ?? ''))?.returnvalue).toEqual({ resumed: true });
      const [run] = await admin.query(`SELECT last_outcome FROM t_skanderborg.job_runs WHERE job = $1`, [
        PROBE_JOB,
      ]);
      expect(run).toEqual({ last_outcome: 'ok' });
    } finally {
      await queue.close();
    }
  });

  it('gives jobs run ids that do not repeat after Redis lost all its data', async () => {
    const app = open[open.length - 1];
    const idle = new BullMqJobRunner(redis.url, app.get(DeclaredJobs), app.get(TenantJobs), {
      workers: false,
      prefix: `${prefix}-idle`,
    });
    const queue = new Queue(PROBE_JOB, { connection: { url: redis.url }, prefix: `${prefix}-idle` });
    const jobIds = async () => (await queue.getJobs(['wait'])).map((job) => job.id);
    try {
      await idle.enqueue(PROBE_JOB, tenant.slug);
      const before = await jobIds();
      // BullMQ's own counter, which an id left to it would come from:
      const counted = (await queue.add(PROBE_JOB, { tenant: 'findes_ikke' })).id;

      await redis.kill();
      redis = await startRedisServer(redis.port);
      for (let attempt = 0; attempt < 50; attempt++) {
        const enqueued = await idle.enqueue(PROBE_JOB, tenant.slug).then(
          () => true,
          () => false,
        );
        if (enqueued) break;
        await delay(100);
      }

      const after = await jobIds();
      expect(before).toHaveLength(1);
      expect(after).toHaveLength(1);
      expect(after[0]).not.toEqual(before[0]);
      expect((await queue.add(PROBE_JOB, { tenant: 'findes_ikke' })).id).toBe(counted);
    } finally {
      await queue.close();
      await idle.close();
    }
  });
});
