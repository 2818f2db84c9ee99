import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { Tenant } from '@socialkompas/tenancy';

/** When a job runs on its own for each tenant: daily at a Danish wall-clock time, or at an interval. */
export type TenantJobSchedule = { dailyAt: string } | { everyMs: number };

/** What a feature declares about one of its jobs, beside the code that does the work. */
export interface TenantJobDefinition {
  /** The queue's name, e.g. `link-check`: queues are by kind of work, never by tenant. */
  name: string;
  /** Jobs of this kind one worker process runs at once (default 1). */
  concurrency?: number;
  /** The tenant's schedule, from its settings; none: the job runs only when asked for. */
  schedule?: (tenant: Tenant) => TenantJobSchedule;
  /** Jobs to queue for the same tenant once this one has succeeded (e.g. send the mail it wrote). */
  followedBy?: string[];
}

/** What a running job may ask of the process that runs it. */
export interface TenantJobContext {
  /**
   * Aborted when the process is stopping (SIGTERM). A long job stops at its next checkpoint and
   * throws (`signal.throwIfAborted()`); it is then handed back to the queue, not counted as a
   * failed attempt, and runs again on the next worker with the same `runId`. A job that ignores
   * the signal runs to its end, within the shutdown deadline.
   */
  signal: AbortSignal;
}

/** The work of one job for one tenant. Throwing lets the queue retry it. */
export interface TenantJobHandler {
  /**
   * Runs inside no unit of work: the handler opens its own (`tenancy.run`) and keeps slow outside
   * work (HTTP, SMTP) out of transactions. `runId` is the same for every retry of one job, and
   * unique across jobs, also after Redis lost its data.
   */
  run(tenant: Tenant, runId: string, context: TenantJobContext): Promise<object>;
}

export const TENANT_JOB_METADATA = 'socialkompas:tenant-job';

/**
 * Declares a provider as a tenant job. The jobs module finds every declared job when the
 * application starts; a feature adds a job by declaring it in its own module, with no switch
 * elsewhere to extend.
 */
export const TenantJob = (definition: TenantJobDefinition) =>
  applyDecorators(Injectable(), SetMetadata(TENANT_JOB_METADATA, definition));
