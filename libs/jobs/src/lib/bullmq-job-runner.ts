import { Logger } from '@nestjs/common';
import { Job, Queue, WaitingError, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Tenant } from '@socialkompas/tenancy';
import { DeclaredJobs } from './declared-jobs';
import { JobRunner, QueueCounts, QueueState, ScheduleChanges } from './job-runner';
import { repeatOptions, schedulerKey, TenantJobData } from './job-schedule';
import { JobInterrupted, TenantJobs } from './tenant-jobs';

const DAY_SECONDS = 24 * 3600;

/**
 * BullMQ on Redis: one queue per declared job, its schedulers per tenant, retries with
 * exponential back-off, failed jobs kept a month for inspection. Workers run only where asked
 * (`npm run worker`, or the embedded run); `stopWorking` lets running jobs finish or hands them
 * back to the queue from their checkpoint.
 */
export class BullMqJobRunner extends JobRunner {
  readonly mode = 'bullmq';
  private readonly logger = new Logger(BullMqJobRunner.name);
  private readonly connection: IORedis;
  private readonly workerConnection: IORedis;
  private readonly queues = new Map<string, Queue<TenantJobData>>();
  private readonly workers: Worker<TenantJobData>[] = [];
  /** Aborted when this process stops working: running jobs read it as their context's signal. */
  private readonly stopping = new AbortController();
  private connectionErrorReported = false;

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
    // Without a listener ioredis prints every failed reconnect; one line per outage is enough.
    for (const connection of [this.connection, this.workerConnection]) {
      connection.on('error', (error: Error) => this.reportConnectionError(error));
      connection.on('ready', () => (this.connectionErrorReported = false));
    }
  }

  private reportConnectionError(error: Error): void {
    if (this.connectionErrorReported) return;
    this.connectionErrorReported = true;
    this.logger.warn(`Redis connection failed (${error.message}); retrying, jobs are degraded meanwhile`);
  }

  async start(): Promise<void> {
    if (!this.options.workers) return;
    for (const { name, concurrency } of this.declared.definitions()) {
      const worker = new Worker<TenantJobData>(name, (job, token) => this.process(name, job, token), {
        connection: this.workerConnection,
        prefix: this.options.prefix,
        concurrency: concurrency ?? 1,
      });
      worker.on('error', (error) => this.reportConnectionError(error));
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

  async reconcileSchedules(tenants: Tenant[]): Promise<ScheduleChanges> {
    const changes: ScheduleChanges = { created: 0, updated: 0, removed: 0 };
    const wanted = new Map(tenants.map((tenant) => [tenant.slug, tenant]));
    for (const { name, schedule } of this.declared.definitions()) {
      if (!schedule) continue;
      const queue = this.queue(name);
      const existing = new Map(
        (await queue.getJobSchedulers(0, -1)).map((scheduler) => [scheduler.key, scheduler]),
      );
      for (const [key] of existing) {
        const slug = key.startsWith(`${name}-`) ? key.slice(name.length + 1) : undefined;
        if (slug !== undefined && wanted.has(slug)) continue;
        await queue.removeJobScheduler(key);
        changes.removed++;
      }
      for (const tenant of wanted.values()) {
        const key = schedulerKey(name, tenant.slug);
        const repeat = repeatOptions(schedule(tenant));
        const current = existing.get(key);
        if (current && sameRepeat(current, repeat)) continue;
        await queue.upsertJobScheduler(key, repeat, { name, data: { tenant: tenant.slug } });
        changes[current ? 'updated' : 'created']++;
      }
    }
    return changes;
  }

  async scheduledTenants(): Promise<string[]> {
    const slugs = new Set<string>();
    for (const { name, schedule } of this.declared.definitions()) {
      if (!schedule) continue;
      for (const scheduler of await this.queue(name).getJobSchedulers(0, -1)) {
        if (scheduler.key.startsWith(`${name}-`)) slugs.add(scheduler.key.slice(name.length + 1));
      }
    }
    return [...slugs].sort();
  }

  async enqueue(job: string, slug: string): Promise<void> {
    // Not BullMQ's counter, which starts again at 1 in an empty Redis: the id names the run.
    await this.queue(job).add(job, { tenant: slug }, { jobId: randomUUID() });
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

  async queueStates(): Promise<QueueState[]> {
    return Promise.all(
      this.declared.names().map(async (name): Promise<QueueState> => {
        const queue = this.queue(name);
        const [counts, [oldest]] = await Promise.all([
          queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
          queue.getJobs(['waiting'], 0, 0, true),
        ]);
        return {
          queue: name,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
          // A scheduled job is added ahead of its time with a delay: it is due when the delay ends.
          oldestWaitingDueAt: oldest ? oldest.timestamp + (oldest.delay ?? 0) : null,
        };
      }),
    );
  }

  async stopWorking(): Promise<void> {
    // Closing first: no worker takes another job, and one that has just been taken sees the abort.
    const closing = this.workers.map((worker) => worker.close());
    this.stopping.abort(new Error('The worker is stopping'));
    await Promise.all(closing);
  }

  async close(): Promise<void> {
    await this.stopWorking();
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    // With Redis away there is nothing to say goodbye to: quit would fail, disconnect cannot.
    for (const connection of [this.connection, this.workerConnection]) {
      await connection.quit().catch(() => connection.disconnect());
    }
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
      queue.on('error', (error) => this.reportConnectionError(error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async process(name: string, job: Job<TenantJobData>, token?: string): Promise<object> {
    const slug = job.data?.tenant;
    if (typeof slug !== 'string') throw new Error(`${name} job ${job.id} names no tenant`);
    let summary: object;
    try {
      // A run is identified by the job, so its retries count their link failures as one run. Job
      // ids never repeat: enqueued jobs get a UUID, a scheduler's jobs its key and their time.
      summary = await this.jobs.run(name, slug, `${name}:${job.id}`, this.stopping.signal);
    } catch (error) {
      if (!(error instanceof JobInterrupted) || !token) throw error;
      // Back to waiting, without using up an attempt: the next worker takes it on at once.
      this.logger.log(error.message);
      await job.moveToWait(token);
      throw new WaitingError();
    }
    for (const next of this.declared.get(name).definition.followedBy ?? []) await this.enqueue(next, slug);
    return summary;
  }
}

/** Whether a scheduler in Redis already repeats as wanted (BullMQ reports `every` as a string). */
function sameRepeat(
  current: { pattern?: string | null; every?: number | string | null; tz?: string | null },
  wanted: ReturnType<typeof repeatOptions>,
): boolean {
  return 'pattern' in wanted
    ? current.pattern === wanted.pattern && current.tz === wanted.tz
    : Number(current.every) === wanted.every && !current.pattern;
}
