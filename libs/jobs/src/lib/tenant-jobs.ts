import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  serviceabilityOf,
  TENANCY_OPTIONS,
  TenancyOptions,
  Tenant,
  TenantRegistry,
} from '@socialkompas/tenancy';
import { DeclaredJobs } from './declared-jobs';
import { JobRunsRepository } from './job-runs.repository';

/**
 * Runs declared jobs, for every way jobs run (BullMQ workers, the in-process runner, tests). A job
 * names its tenant by slug; the slug is checked against the registry, and only a serviceable
 * tenant's work is done.
 */
@Injectable()
export class TenantJobs {
  private readonly logger = new Logger(TenantJobs.name);

  constructor(
    private readonly declared: DeclaredJobs,
    private readonly registry: TenantRegistry,
    private readonly runs: JobRunsRepository,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
  ) {}

  /**
   * Runs one job for one tenant and records the run; returns what it did. Throws to let the queue
   * retry, or JobInterrupted when the job stopped because `signal` aborted (the process is stopping).
   * Without a signal, nothing stops the run.
   */
  async run(
    name: string,
    slug: string,
    runId: string,
    signal: AbortSignal = new AbortController().signal,
  ): Promise<object> {
    const { handler } = this.declared.get(name);
    const tenant = await this.serviceableTenant(slug);
    if (!tenant) {
      this.logger.warn(`${name} for "${slug}" skipped: no such active, migrated tenant`);
      return { skipped: true };
    }
    await this.runs.recordStart(tenant, name);
    try {
      const summary = await handler.run(tenant, runId, { signal });
      await this.runs.recordFinish(tenant, name, 'ok', summary);
      return summary;
    } catch (error) {
      // Not finished, not failed: the run goes on elsewhere, and records its end there.
      if (signal.aborted) throw new JobInterrupted(name, slug, error);
      await this.runs.recordFinish(tenant, name, 'failed', { error: String(error) }).catch(() => undefined);
      throw error;
    }
  }

  private async serviceableTenant(slug: string): Promise<Tenant | null> {
    const tenant = await this.registry.findBySlug(slug);
    return tenant && serviceabilityOf(tenant, this.tenancyOptions.migrations) === 'serviceable'
      ? tenant
      : null;
  }
}

/** A job that stopped at a checkpoint because its process is stopping; it is to run again elsewhere. */
export class JobInterrupted extends Error {
  constructor(job: string, slug: string, cause: unknown) {
    super(`${job} for "${slug}" stopped for the shutdown; it runs again on the next worker`, { cause });
    this.name = 'JobInterrupted';
  }
}
