import { Inject, Injectable, Logger } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
  RegistryChangeListener,
  serviceabilityOf,
  TENANCY_OPTIONS,
  TenancyOptions,
  TenantRegistry,
} from '@socialkompas/tenancy';
import { JobRunner, ScheduleChanges } from './job-runner';

/** How often schedules are reconciled without any notification (e.g. after Redis lost its data). */
export const DEFAULT_RECONCILE_EVERY_MS = 5 * 60_000;
/** How long a start waits for its first reconciliation: a Redis that is down must not stop the start. */
const FIRST_RECONCILE_WAIT_MS = 5_000;

/**
 * Keeps the runner's schedules equal to the registry's serviceable tenants: a tenant created by
 * any path gets its schedules, a suspended or deleted one loses them, a changed setting moves
 * them. It runs at start, on every registry change any process commits (LISTEN on the trigger's
 * notifications, reconnecting after a database restart), and on a timer, which also brings back
 * schedules a Redis lost. One reconciliation runs at a time; requests meanwhile collapse into one
 * more run after it.
 */
@Injectable()
export class JobSchedulesReconciler {
  private readonly logger = new Logger(JobSchedulesReconciler.name);
  private listener: RegistryChangeListener | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ScheduleChanges> | null = null;
  private again = false;

  constructor(
    private readonly runner: JobRunner,
    private readonly registry: TenantRegistry,
    private readonly dataSource: DataSource,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
  ) {}

  async start(everyMs = DEFAULT_RECONCILE_EVERY_MS): Promise<void> {
    const connection = this.tenancyOptions.directDatabaseUrl
      ? { connectionString: this.tenancyOptions.directDatabaseUrl }
      : RegistryChangeListener.configOf(this.dataSource);
    this.listener = new RegistryChangeListener(connection, () => this.requestReconcile());
    await this.listener.start();
    const first = this.reconcile().then(
      () => true,
      (error: unknown) => {
        this.logger.error(`Job schedules not reconciled at start: ${String(error)}`);
        return true;
      },
    );
    // BullMQ waits for Redis without end; the reconciliation goes on and completes once it answers.
    const waited = await Promise.race([first, delay(FIRST_RECONCILE_WAIT_MS, false, { ref: false })]);
    if (!waited) this.logger.warn('Redis does not answer: jobs are degraded until it does; starting anyway');
    this.timer = setInterval(() => this.requestReconcile(), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.listener?.stop();
    await this.running?.catch(() => undefined);
  }

  /** Reconciles now (or right after the running reconciliation); resolves with what it changed. */
  reconcile(): Promise<ScheduleChanges> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.reconcileOnce().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.requestReconcile();
      }
    });
    return this.running;
  }

  private requestReconcile(): void {
    this.reconcile().catch((error: unknown) =>
      this.logger.warn(`Job schedules not reconciled (next try on the timer): ${String(error)}`),
    );
  }

  private async reconcileOnce(): Promise<ScheduleChanges> {
    const tenants = (await this.registry.list()).filter(
      (tenant) => serviceabilityOf(tenant, this.tenancyOptions.migrations) === 'serviceable',
    );
    const changes = await this.runner.reconcileSchedules(tenants);
    if (changes.created + changes.updated + changes.removed > 0) {
      this.logger.log(
        `Job schedules (${this.runner.mode}) for ${tenants.length} tenant(s): ${changes.created} created, ${changes.updated} updated, ${changes.removed} removed`,
      );
    }
    return changes;
  }
}
