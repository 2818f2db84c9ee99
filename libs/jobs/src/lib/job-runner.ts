import { ApiProperty } from '@nestjs/swagger';
import type { Tenant } from '@socialkompas/tenancy';

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

/** A whole queue's jobs by state (every tenant's), and since when its oldest waiting job has been due. */
export interface QueueState extends QueueCounts {
  queue: string;
  /** Epoch ms; null when nothing waits. */
  oldestWaitingDueAt: number | null;
}

/** What one reconciliation changed, in counts of schedulers (tenant × job). */
export interface ScheduleChanges {
  created: number;
  updated: number;
  removed: number;
}

export const JOB_RUNNER_MODES = ['bullmq', 'in-process'] as const;

/**
 * Where jobs run: BullMQ on Redis, or (without Redis) timers in this process. Both run the same
 * declared jobs through TenantJobs, so the embedded demo behaves like production.
 */
export abstract class JobRunner {
  abstract readonly mode: (typeof JOB_RUNNER_MODES)[number];
  /**
   * Makes the schedules of every declared job match exactly these tenants: creates the missing,
   * updates the changed, removes those of tenants not named (idempotent). Called by the
   * reconciler only, with the registry's serviceable tenants.
   */
  abstract reconcileSchedules(tenants: Tenant[]): Promise<ScheduleChanges>;
  /** The slugs of the tenants that have schedules now, sorted. */
  abstract scheduledTenants(): Promise<string[]>;
  /** Runs a declared job for a tenant as soon as a worker is free. */
  abstract enqueue(job: string, slug: string): Promise<void>;
  /** Waiting, active, failed and delayed jobs of this tenant, per declared job. */
  abstract countsFor(slug: string): Promise<Record<string, QueueCounts>>;
  /** Every declared job's queue as a whole, for /metrics; cheap (counts, and one job per queue). */
  abstract queueStates(): Promise<QueueState[]>;
  abstract start(): Promise<void>;
  /** Whether the queue's backing store answers: Redis for BullMQ; nothing to ask in process. */
  abstract health(): Promise<'up' | 'down' | 'not used'>;
  /**
   * Stops taking jobs, aborts the running ones' signal (they finish or stop at a checkpoint) and
   * waits for them. Called before the database closes, so they can still record their progress.
   */
  abstract stopWorking(): Promise<void>;
  /** Closes what the runner holds (Redis connections), after stopWorking. */
  abstract close(): Promise<void>;
}
