import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CATALOGUE_OPTIONS,
  CatalogueOptions,
  FreshnessService,
  LinkCheckService,
  OutboxSender,
} from '@socialkompas/catalogue';
import {
  TENANCY_OPTIONS,
  TenancyOptions,
  TenancyService,
  Tenant,
  TenantRegistry,
} from '@socialkompas/tenancy';
import { JobType } from './job-types';

/**
 * The processors, shared by every way jobs run (BullMQ workers, the in-process runner, tests).
 * A job names its tenant by slug; the slug is checked against the registry, and the work runs
 * inside that tenant's units of work only.
 */
@Injectable()
export class TenantJobs {
  private readonly logger = new Logger(TenantJobs.name);

  constructor(
    private readonly registry: TenantRegistry,
    private readonly tenancy: TenancyService,
    private readonly linkChecks: LinkCheckService,
    private readonly freshness: FreshnessService,
    private readonly outboxSender: OutboxSender,
    @Inject(CATALOGUE_OPTIONS) private readonly catalogue: CatalogueOptions,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
  ) {}

  /** Runs one job for one tenant and records the run; returns what it did. Throws to let the queue retry. */
  async run(type: JobType, slug: string, runId: string): Promise<Record<string, unknown>> {
    const tenant = await this.serviceableTenant(slug);
    if (!tenant) {
      this.logger.warn(`${type} for "${slug}" skipped: no such active, migrated tenant`);
      return { skipped: true };
    }
    await this.recordStart(tenant, type);
    try {
      const summary = await this.work(type, tenant, runId);
      await this.recordFinish(tenant, type, 'ok', summary);
      return summary;
    } catch (error) {
      await this.recordFinish(tenant, type, 'failed', { error: String(error) }).catch(() => undefined);
      throw error;
    }
  }

  private async work(type: JobType, tenant: Tenant, runId: string): Promise<Record<string, unknown>> {
    switch (type) {
      case 'link-check':
        return { ...(await this.linkChecks.run(tenant, runId)) };
      case 'freshness':
        return { ...(await this.freshness.runPass(tenant)) };
      case 'mail':
        return {
          ...(await this.outboxSender.sendDue(tenant, this.catalogue.mailTransport, this.catalogue.mailFrom)),
        };
    }
  }

  private async serviceableTenant(slug: string): Promise<Tenant | null> {
    const tenant = await this.registry.findBySlug(slug);
    if (!tenant || tenant.status !== 'active') return null;
    return tenant.schemaVersion >= this.tenancyOptions.migrations.tenant.length ? tenant : null;
  }

  private recordStart(tenant: Tenant, type: JobType): Promise<void> {
    return this.tenancy.run(tenant, async (manager) => {
      await manager.query(
        `INSERT INTO job_runs (job, last_started_at) VALUES ($1, now())
         ON CONFLICT (job) DO UPDATE SET last_started_at = now()`,
        [type],
      );
    });
  }

  private recordFinish(
    tenant: Tenant,
    type: JobType,
    outcome: string,
    summary: Record<string, unknown>,
  ): Promise<void> {
    return this.tenancy.run(tenant, async (manager) => {
      await manager.query(
        `UPDATE job_runs SET last_finished_at = now(), last_outcome = $2, last_summary = $3 WHERE job = $1`,
        [type, outcome, JSON.stringify(summary)],
      );
    });
  }
}
