import { Logger } from '@nestjs/common';
import { freshnessSettings } from '@socialkompas/catalogue';
import type { Tenant } from '@socialkompas/tenancy';
import { JobRunner, QueueCounts } from './job-runner';
import { JOB_TYPES, JobType, MAIL_EVERY_MS, SCHEDULED_JOB_TYPES } from './job-types';
import { msUntilNextDailyRun } from './next-daily-run';
import { TenantJobs } from './tenant-jobs';

/**
 * Jobs without Redis, for the embedded demo: daily timers per tenant and one job at a time in
 * this process, through the same processors as BullMQ. Nothing survives a restart, which is
 * why production uses Redis.
 */
export class InProcessJobRunner extends JobRunner {
  readonly mode = 'in-process';
  private readonly logger = new Logger(InProcessJobRunner.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly waiting: { type: JobType; slug: string }[] = [];
  private readonly failed = new Map<string, number>();
  private active: { type: JobType; slug: string } | null = null;
  private idle: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly jobs: TenantJobs) {
    super();
  }

  async start(): Promise<void> {
    this.logger.warn(
      'No REDIS_URL: background jobs (link check, freshness, mail) run inside this process on their schedules. Production needs Redis and `npm run worker`.',
    );
  }

  async health(): Promise<'not used'> {
    return 'not used';
  }

  async scheduleTenant(tenant: Tenant): Promise<void> {
    const settings = freshnessSettings(tenant);
    for (const type of SCHEDULED_JOB_TYPES) {
      const key = `${type}:${tenant.slug}`;
      clearTimeout(this.timers.get(key));
      const time = type === 'link-check' ? settings.linkCheckAt : settings.freshnessAt;
      const timer = setTimeout(() => {
        void this.enqueue(type, tenant.slug);
        void this.scheduleTenant(tenant);
      }, msUntilNextDailyRun(time));
      timer.unref();
      this.timers.set(key, timer);
    }
    const mailKey = `mail:${tenant.slug}`;
    clearTimeout(this.timers.get(mailKey));
    const mail = setInterval(() => void this.enqueue('mail', tenant.slug), MAIL_EVERY_MS);
    mail.unref();
    this.timers.set(mailKey, mail);
  }

  async enqueue(type: JobType, slug: string): Promise<void> {
    if (this.closed) return;
    this.waiting.push({ type, slug });
    this.idle = this.idle.then(() => this.runNext());
  }

  async countsFor(slug: string): Promise<Record<JobType, QueueCounts>> {
    const counts = {} as Record<JobType, QueueCounts>;
    for (const type of JOB_TYPES) {
      counts[type] = {
        waiting: this.waiting.filter((job) => job.type === type && job.slug === slug).length,
        active: this.active?.type === type && this.active.slug === slug ? 1 : 0,
        failed: this.failed.get(`${type}:${slug}`) ?? 0,
        delayed: 0,
      };
    }
    return counts;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.waiting.length = 0;
    await this.idle;
  }

  private async runNext(): Promise<void> {
    const job = this.waiting.shift();
    if (!job) return;
    this.active = job;
    try {
      await this.jobs.run(job.type, job.slug, new Date().toISOString());
      if (job.type === 'freshness') await this.enqueue('mail', job.slug);
    } catch (error) {
      const key = `${job.type}:${job.slug}`;
      this.failed.set(key, (this.failed.get(key) ?? 0) + 1);
      this.logger.error(`${key} failed: ${String(error)}`);
    } finally {
      this.active = null;
    }
  }
}
