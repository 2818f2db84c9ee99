import { ApiProperty } from '@nestjs/swagger';
import type { Tenant } from '@socialkompas/tenancy';
import type { JobType } from './job-types';

/** A queue's jobs of one tenant, by state. */
export class QueueCounts {
  @ApiProperty({ type: 'integer' })
  waiting!: number;

  @ApiProperty({ type: 'integer' })
  active!: number;

  @ApiProperty({ type: 'integer' })
  failed!: number;

  @ApiProperty({ type: 'integer' })
  delayed!: number;
}

export const JOB_RUNNER_MODES = ['bullmq', 'in-process'] as const;

/**
 * Where jobs run: BullMQ on Redis, or (without Redis) timers in this process. Both run the same
 * processors (TenantJobs), so the embedded demo behaves like production.
 */
export abstract class JobRunner {
  abstract readonly mode: (typeof JOB_RUNNER_MODES)[number];
  /** Creates or updates the tenant's daily schedules (idempotent). */
  abstract scheduleTenant(tenant: Tenant): Promise<void>;
  /** Runs a job for a tenant as soon as a worker is free. */
  abstract enqueue(type: JobType, slug: string): Promise<void>;
  /** Waiting, active, failed and delayed jobs of this tenant, per queue. */
  abstract countsFor(slug: string): Promise<Record<JobType, QueueCounts>>;
  abstract start(): Promise<void>;
  /** Whether the queue's backing store answers: Redis for BullMQ; nothing to ask in process. */
  abstract health(): Promise<'up' | 'down' | 'not used'>;
  /** Stops taking jobs and lets the running one finish. */
  abstract close(): Promise<void>;
}
