import {
  BeforeApplicationShutdown,
  DynamicModule,
  Inject,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullMqJobRunner } from './bullmq-job-runner';
import { DeclaredJobs } from './declared-jobs';
import { InProcessJobRunner } from './in-process-job-runner';
import { JobRunner } from './job-runner';
import { JobRunsRepository } from './job-runs.repository';
import { DEFAULT_RECONCILE_EVERY_MS, JobSchedulesReconciler } from './job-schedules-reconciler';
import { JobsController } from './jobs.controller';
import { TenantJobs } from './tenant-jobs';

export interface JobsOptions {
  /** Redis for BullMQ; without it jobs run in this process (the embedded demo). */
  redisUrl?: string;
  /**
   * `work`: schedule every tenant and run jobs here (worker, embedded run); `schedule`: only
   * keep schedules and accept jobs (API processes next to workers); `off`: nothing runs (tests).
   */
  role: 'work' | 'schedule' | 'off';
  /** A Redis key prefix of its own, so test runs never meet other queues. */
  prefix?: string;
  /** How often schedules are reconciled with the registry besides its notifications (default 5 minutes). */
  reconcileEveryMs?: number;
}

const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

/**
 * Background jobs: the runner that fits the environment, the schedules of every job the features
 * declared with `@TenantJob`, and the jobs overview. Global, so any feature may queue a job.
 */
@Module({})
export class JobsModule implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(JobsModule.name);

  constructor(
    private readonly runner: JobRunner,
    private readonly reconciler: JobSchedulesReconciler,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
  ) {}

  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [DiscoveryModule],
      controllers: [JobsController],
      providers: [
        { provide: JOBS_OPTIONS, useValue: options },
        DeclaredJobs,
        JobRunsRepository,
        TenantJobs,
        JobSchedulesReconciler,
        {
          provide: JobRunner,
          inject: [DeclaredJobs, TenantJobs],
          useFactory: (declared: DeclaredJobs, jobs: TenantJobs): JobRunner =>
            options.redisUrl
              ? new BullMqJobRunner(options.redisUrl, declared, jobs, {
                  workers: options.role === 'work',
                  prefix: options.prefix,
                })
              : new InProcessJobRunner(declared, jobs),
        },
      ],
      exports: [JobRunner, TenantJobs, JobSchedulesReconciler, JobRunsRepository],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.role === 'off') return;
    await this.runner.start();
    // Schedules follow the registry from here on, whichever process changes it.
    await this.reconciler.start(this.options.reconcileEveryMs ?? DEFAULT_RECONCILE_EVERY_MS);
    this.logger.log(`Jobs (${this.runner.mode}) follow the registry`);
  }

  /**
   * Running jobs end before any module's onApplicationShutdown: TypeORM closes the database there,
   * and Nest calls global modules' shutdown hooks in no order this module can rely on (it closed
   * the database first, and a job stopped by SIGTERM failed with "Driver not Connected").
   */
  async beforeApplicationShutdown(signal?: string): Promise<void> {
    await this.reconciler.stop();
    // Also where role is `schedule`: without Redis the in-process runner works in any role.
    const started = Date.now();
    await this.runner.stopWorking();
    if (signal) this.logger.log(`${signal}: jobs stopped after ${Date.now() - started} ms`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.close();
  }
}
