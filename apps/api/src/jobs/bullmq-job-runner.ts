import { Logger } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { freshnessSettings } from '@socialkompas/catalogue';
import type { Tenant } from '@socialkompas/tenancy';
import { JobRunner, QueueCounts } from './job-runner';
import {
  dailyPattern,
  JOB_TIME_ZONE,
  JOB_TYPES,
  JobType,
  MAIL_EVERY_MS,
  SCHEDULED_JOB_TYPES,
  TenantJobData,
} from './job-types';
import { TenantJobs } from './tenant-jobs';

const DAY_SECONDS = 24 * 3600;

/** How many jobs of a kind one worker process runs at once. Link checks are slow and polite. */
const CONCURRENCY: Record<JobType, number> = { 'link-check': 1, freshness: 2, mail: 2 };

/**
 * BullMQ on Redis: one queue per kind of job, daily job schedulers per tenant, retries with
 * exponential back-off, failed jobs kept a month for inspection. Workers run only where asked
 * (`npm run worker`, or the embedded run); `close` lets running jobs finish.
 */
export class BullMqJobRunner extends JobRunner {
  readonly mode = 'bullmq';
  private readonly logger = new Logger(BullMqJobRunner.name);
  private readonly connection: IORedis;
  private readonly workerConnection: IORedis;
  private readonly queues: Record<JobType, Queue<TenantJobData>>;
  private readonly workers: Worker<TenantJobData>[] = [];

  constructor(
    redisUrl: string,
    private readonly jobs: TenantJobs,
    private readonly options: { workers: boolean; prefix?: string },
  ) {
    super();
    // Queues answer API requests: with Redis down they fail at once instead of hanging.
    this.connection = new IORedis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    // Workers block on Redis and must wait it out: BullMQ needs maxRetriesPerRequest null there.
    this.workerConnection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    this.queues = Object.fromEntries(
      JOB_TYPES.map((type) => [
        type,
        new Queue<TenantJobData>(type, {
          connection: this.connection,
          prefix: options.prefix,
          defaultJobOptions: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 30_000 },
            removeOnComplete: { age: 7 * DAY_SECONDS, count: 1000 },
            removeOnFail: { age: 30 * DAY_SECONDS },
          },
        }),
      ]),
    ) as Record<JobType, Queue<TenantJobData>>;
  }

  async start(): Promise<void> {
    if (!this.options.workers) return;
    for (const type of JOB_TYPES) {
      const worker = new Worker<TenantJobData>(type, (job) => this.process(type, job), {
        connection: this.workerConnection,
        prefix: this.options.prefix,
        concurrency: CONCURRENCY[type],
      });
      worker.on('failed', (job, error) => this.logger.warn(`${type} ${job?.id} failed: ${error.message}`));
      this.workers.push(worker);
    }
  }

  async health(): Promise<'up' | 'down'> {
    const timeout = new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), 1000).unref());
    const ping = this.connection.ping().then(
      (answer) => (answer === 'PONG' ? ('up' as const) : ('down' as const)),
      () => 'down' as const,
    );
    return Promise.race([ping, timeout]);
  }

  async scheduleTenant(tenant: Tenant): Promise<void> {
    const settings = freshnessSettings(tenant);
    for (const type of SCHEDULED_JOB_TYPES) {
      const time = type === 'link-check' ? settings.linkCheckAt : settings.freshnessAt;
      await this.queues[type].upsertJobScheduler(
        `${type}-${tenant.slug}`,
        { pattern: dailyPattern(time), tz: JOB_TIME_ZONE },
        { name: type, data: { tenant: tenant.slug } },
      );
    }
    await this.queues.mail.upsertJobScheduler(
      `mail-${tenant.slug}`,
      { every: MAIL_EVERY_MS },
      { name: 'mail', data: { tenant: tenant.slug } },
    );
  }

  async enqueue(type: JobType, slug: string): Promise<void> {
    await this.queues[type].add(type, { tenant: slug });
  }

  async countsFor(slug: string): Promise<Record<JobType, QueueCounts>> {
    const counts = {} as Record<JobType, QueueCounts>;
    for (const type of JOB_TYPES) {
      const ofTenant = async (state: 'waiting' | 'active' | 'failed' | 'delayed') =>
        (await this.queues[type].getJobs([state], 0, 999)).filter((job) => job?.data?.tenant === slug).length;
      counts[type] = {
        waiting: await ofTenant('waiting'),
        active: await ofTenant('active'),
        failed: await ofTenant('failed'),
        delayed: await ofTenant('delayed'),
      };
    }
    return counts;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all(Object.values(this.queues).map((queue) => queue.close()));
    await this.connection.quit();
    await this.workerConnection.quit();
  }

  /** The queue for a kind of job, for tests and the jobs overview. */
  queue(type: JobType): Queue<TenantJobData> {
    return this.queues[type];
  }

  private async process(type: JobType, job: Job<TenantJobData>): Promise<Record<string, unknown>> {
    const slug = job.data?.tenant;
    if (typeof slug !== 'string') throw new Error(`${type} job ${job.id} names no tenant`);
    // A run is identified by the job, so its retries count their link failures as one run.
    const runId = `${type}:${job.id}`;
    const summary = await this.jobs.run(type, slug, runId);
    if (type === 'freshness') await this.enqueue('mail', slug);
    return summary;
  }
}
