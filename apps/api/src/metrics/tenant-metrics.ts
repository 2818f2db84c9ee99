import { Inject, Injectable, Logger } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '@socialkompas/http';
import { JobRunsRepository, JobSuccessRow } from '@socialkompas/jobs';
import { OutboxRepository, UnsentStatus } from '@socialkompas/mail';
import {
  serviceabilityOf,
  TENANCY_OPTIONS,
  TenancyOptions,
  TenancyService,
  Tenant,
  TenantRegistry,
} from '@socialkompas/tenancy';

interface TenantReading {
  slug: string;
  successes: JobSuccessRow[];
  unsent: Record<UnsentStatus, number>;
}

/**
 * Per tenant, labelled with its slug (about 100 tenants: a few hundred series): when each job
 * last succeeded, and the mail that waits or failed. Read at each scrape from every serviceable
 * tenant's own schema, one short unit of work each, one tenant after the other so a scrape holds
 * a single pooled connection at a time.
 */
@Injectable()
export class TenantMetrics {
  private readonly logger = new Logger(TenantMetrics.name);
  private readonly lastSuccess: Gauge<'tenant' | 'job'>;
  private readonly outbox: Gauge<'tenant' | 'status'>;

  constructor(
    registry: MetricsRegistry,
    private readonly tenants: TenantRegistry,
    private readonly tenancy: TenancyService,
    private readonly jobRuns: JobRunsRepository,
    private readonly outboxMessages: OutboxRepository,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
  ) {
    this.lastSuccess = new Gauge({
      name: 'socialkompas_job_last_success_timestamp_seconds',
      help: 'When a job (link-check, freshness, mail) last succeeded for the tenant, as a Unix time; absent until it has',
      labelNames: ['tenant', 'job'],
      registers: [registry],
    });
    this.outbox = new Gauge({
      name: 'socialkompas_outbox_messages',
      help: "The tenant's mail not sent: pending (waiting or retrying), held (no SMTP_URL), failed (given up)",
      labelNames: ['tenant', 'status'],
      registers: [registry],
    });
    registry.refreshOnScrape('tenants', () => this.refresh());
  }

  private async refresh(): Promise<void> {
    const serviceable = (await this.tenants.list()).filter(
      (tenant) => serviceabilityOf(tenant, this.tenancyOptions.migrations) === 'serviceable',
    );
    const readings: TenantReading[] = [];
    for (const tenant of serviceable) {
      const reading = await this.read(tenant);
      if (reading) readings.push(reading);
    }
    this.lastSuccess.reset();
    this.outbox.reset();
    for (const { slug, successes, unsent } of readings) {
      for (const { job, succeededAt } of successes) {
        this.lastSuccess.set({ tenant: slug, job }, succeededAt.getTime() / 1000);
      }
      for (const [status, count] of Object.entries(unsent)) this.outbox.set({ tenant: slug, status }, count);
    }
  }

  /** One tenant's reading; null (the tenant left out of this scrape) when its schema cannot be read. */
  private async read(tenant: Tenant): Promise<TenantReading | null> {
    try {
      return await this.tenancy.run(tenant, async () => ({
        slug: tenant.slug,
        successes: await this.jobRuns.lastSuccesses(tenant),
        unsent: await this.outboxMessages.unsentCounts(),
      }));
    } catch (error) {
      this.logger.warn(`Metrics of tenant ${tenant.slug} not read: ${String(error)}`);
      return null;
    }
  }
}
