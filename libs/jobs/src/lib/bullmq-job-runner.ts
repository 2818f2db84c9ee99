import { Logger } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import type { Tenant } from '@socialkompas/tenancy';
import { DeclaredJobs } from './declared-jobs';
import { JobRunner, QueueCounts } from './job-runner';
import { repeatOptions, TenantJobData } from './job-schedule';
import { TenantJobs } from './tenant-jobs';

const DAY_SECONDS = 24 * 3600;

/**
 * BullMQ on Redis: one queue per declared job, its schedulers per tenant, retries with
 * exponential back-off, failed jobs kept a month for inspection. Workers run only where asked
 * (`npm run worker`, or the embedded run); `close` lets running jobs finish.
 */
export class BullMqJobRunner extends JobRunner {
  readonly mode = 'bullmq';
  private readonly logger = new Logger(BullMqJobRunner.name);
  private readonly connection: IORedis;
  private readonly workerConnection: IORedis;
  private readonly queues = new Map<string, Queue<TenantJobData>>();
  private readonly workers: Worker<TenantJobData>[] = [];

  constructor(
    redisUrl: string,
    private readonly declared: DeclaredJobs,
    private readonly jobs: TenantJobs,
    private readonly options: { workers: boolean; prefix?: string },
  ) {
    super();
    // Queues answer API requests: with Redis down they fail at once instead of hanging.
    this.connection = new IORedis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    // Workers block on Redis and must wait it out: BullMQ needs maxRetriesPerRequest null there.
    this.workerConnection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  }

  async start(): Promise<void> {
    if (!this.options.workers) return;
    for (const { name, concurrency } of this.declared.definitions()) {
      const worker = new Worker<TenantJobData>(name, (job) => this.process(name, job), {
        connection: this.workerConnection,
        prefix: this.options.prefix,
        concurrency: concurrency ?? 1,
      });
      worker.on('failed', (job, error) => this.logger.warn(`${name} ${job?.id} failed: ${error.message}`));
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
    for (const { name, schedule } of this.declared.definitions()) {
      if (!schedule) continue;
      await this.queue(name).upsertJobScheduler(`${name}-${tenant.slug}`, repeatOptions(schedule(tenant)), {
        name,
        data: { tenant: tenant.slug },
      });
    }
  }

  async enqueue(job: string, slug: string): Promise<void> {
    await this.queue(job).add(job, { tenant: slug });
  }

  async countsFor(slug: string): Promise<Record<string, QueueCounts>> {
    const counts: Record<string, QueueCounts> = {};
    for (const name of this.declared.names()) {
      const ofTenant = async (state: 'waiting' | 'active' | 'failed' | 'delayed') =>
        (await this.queue(name).getJobs([state], 0, 999)).filter((job) => job?.data?.tenant === slug).length;
      counts[name] = {
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
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.connection.quit();
    await this.workerConnection.quit();
  }

  /** The queue of a declared job (made on first use), for tests and the jobs overview. */
  queue(name: string): Queue<TenantJobData> {
    if (!this.declared.has(name)) throw new Error(`No job is declared as "${name}".`);
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue<TenantJobData>(name, {
        connection: this.connection,
        prefix: this.options.prefix,
        defaultJobOptions: {
          attempts: 3,
          backoff: { type: 'exponential', delay: 30_000 },
          removeOnComplete: { age: 7 * DAY_SECONDS, count: 1000 },
          removeOnFail: { age: 30 * DAY_SECONDS },
        },
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async process(name: string, job: Job<TenantJobData>): Promise<object> {
    const slug = job.data?.tenant;
    if (typeof slug !== 'string') throw new Error(`${name} job ${job.id} names no tenant`);
    // A run is identified by the job, so its retries count their link failures as one run.
    const summary = await this.jobs.run(name, slug, `${name}:${job.id}`);
    for (const next of this.declared.get(name).definition.followedBy ?? []) await this.enqueue(next, slug);
    return summary;
  }
}
