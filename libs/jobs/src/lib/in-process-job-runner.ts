import { Logger } from '@nestjs/common';
import type { Tenant } from '@socialkompas/tenancy';
import { DeclaredJobs } from './declared-jobs';
import { JobRunner, QueueCounts, QueueState, ScheduleChanges } from './job-runner';
import { schedulerKey } from './job-schedule';
import { msUntilNextDailyRun } from './next-daily-run';
import type { TenantJobSchedule } from './tenant-job.decorator';
import { JobInterrupted, TenantJobs } from './tenant-jobs';

/**
 * Jobs without Redis, for the embedded demo: timers per tenant and one job at a time in this
 * process, through the same declared jobs as BullMQ. Nothing survives a restart, which is why
 * production uses Redis.
 */
export class InProcessJobRunner extends JobRunner {
  readonly mode = 'in-process';
  private readonly logger = new Logger(InProcessJobRunner.name);
  private readonly timers = new Map<
    string,
    { slug: string; when: TenantJobSchedule; timer: NodeJS.Timeout }
  >();
  private readonly waiting: { job: string; slug: string; queuedAt: number }[] = [];
  private readonly failed = new Map<string, number>();
  private active: { job: string; slug: string } | null = null;
  private idle: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly declared: DeclaredJobs,
    private readonly jobs: TenantJobs,
  ) {
    super();
  }

  async start(): Promise<void> {
    this.logger.warn(
      `No REDIS_URL: background jobs (${this.declared.names().join(', ')}) run inside this process on their schedules. Production needs Redis and \`npm run worker\`.`,
    );
  }

  async health(): Promise<'not used'> {
    return 'not used';
  }

  async reconcileSchedules(tenants: Tenant[]): Promise<ScheduleChanges> {
    const changes: ScheduleChanges = { created: 0, updated: 0, removed: 0 };
    const wanted = new Set<string>();
    for (const { name, schedule } of this.declared.definitions()) {
      if (!schedule) continue;
      for (const tenant of tenants) {
        const key = schedulerKey(name, tenant.slug);
        wanted.add(key);
        const when = schedule(tenant);
        const current = this.timers.get(key);
        if (current && JSON.stringify(current.when) === JSON.stringify(when)) continue;
        this.schedule(name, tenant.slug, when);
        changes[current ? 'updated' : 'created']++;
      }
    }
    for (const [key, { timer }] of this.timers) {
      if (wanted.has(key)) continue;
      clearTimeout(timer);
      this.timers.delete(key);
      changes.removed++;
    }
    return changes;
  }

  async scheduledTenants(): Promise<string[]> {
    return [...new Set([...this.timers.values()].map(({ slug }) => slug))].sort();
  }

  private schedule(name: string, slug: string, when: TenantJobSchedule): void {
    const key = schedulerKey(name, slug);
    clearTimeout(this.timers.get(key)?.timer);
    const timer =
      'dailyAt' in when
        ? setTimeout(() => {
            void this.enqueue(name, slug);
            if (this.timers.get(key)?.timer === timer) this.schedule(name, slug, when);
          }, msUntilNextDailyRun(when.dailyAt))
        : setInterval(() => void this.enqueue(name, slug), when.everyMs);
    timer.unref();
    this.timers.set(key, { slug, when, timer });
  }

  async enqueue(job: string, slug: string): Promise<void> {
    if (this.closed) return;
    this.waiting.push({ job, slug, queuedAt: Date.now() });
    this.idle = this.idle.then(() => this.runNext());
  }

  async countsFor(slug: string): Promise<Record<string, QueueCounts>> {
    const counts: Record<string, QueueCounts> = {};
    for (const name of this.declared.names()) {
      counts[name] = {
        waiting: this.waiting.filter((job) => job.job === name && job.slug === slug).length,
        active: this.active?.job === name && this.active.slug === slug ? 1 : 0,
        failed: this.failed.get(`${name}:${slug}`) ?? 0,
        delayed: 0,
      };
    }
    return counts;
  }

  async queueStates(): Promise<QueueState[]> {
    return this.declared.names().map((name) => {
      const waiting = this.waiting.filter((job) => job.job === name);
      return {
        queue: name,
        waiting: waiting.length,
        active: this.active?.job === name ? 1 : 0,
        delayed: 0,
        failed: [...this.failed].reduce(
          (sum, [key, count]) => (key.startsWith(`${name}:`) ? sum + count : sum),
          0,
        ),
        oldestWaitingDueAt: waiting[0]?.queuedAt ?? null,
      };
    });
  }

  async stopWorking(): Promise<void> {
    this.closed = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.waiting.length = 0;
    this.stopping.abort(new Error('The process is stopping'));
    await this.idle;
  }

  async close(): Promise<void> {
    await this.stopWorking();
  }

  private async runNext(): Promise<void> {
    const next = this.waiting.shift();
    if (!next) return;
    this.active = next;
    try {
      await this.jobs.run(next.job, next.slug, new Date().toISOString(), this.stopping.signal);
      for (const follower of this.declared.get(next.job).definition.followedBy ?? []) {
        await this.enqueue(follower, next.slug);
      }
    } catch (error) {
      if (error instanceof JobInterrupted) {
        // Nothing survives this process: an interrupted job runs again on its next schedule.
        this.logger.warn(error.message);
      } else {
        const key = `${next.job}:${next.slug}`;
        this.failed.set(key, (this.failed.get(key) ?? 0) + 1);
        this.logger.error(`${key} failed: ${String(error)}`);
      }
    } finally {
      this.active = null;
    }
  }
}
