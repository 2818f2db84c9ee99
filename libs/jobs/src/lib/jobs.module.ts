import {
  DynamicModule,
  Inject,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TenantRegistry } from '@socialkompas/tenancy';
import { BullMqJobRunner } from './bullmq-job-runner';
import { DeclaredJobs } from './declared-jobs';
import { InProcessJobRunner } from './in-process-job-runner';
import { JobRunner } from './job-runner';
import { JobRunsRepository } from './job-runs.repository';
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
}

const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

/**
 * Background jobs: the runner that fits the environment, the schedules of every job the features
 * declared with `@TenantJob`, and the jobs overview. Global, so any feature may queue a job.
 */
@Module({})
export class JobsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsModule.name);

  constructor(
    private readonly runner: JobRunner,
    private readonly registry: TenantRegistry,
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
      exports: [JobRunner, TenantJobs],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.role === 'off') return;
    await this.runner.start();
    // Every tenant's schedules, also those of tenants provisioned from the command line.
    const tenants = (await this.registry.list()).filter((tenant) => tenant.status === 'active');
    for (const tenant of tenants) await this.runner.scheduleTenant(tenant);
    this.logger.log(`Jobs (${this.runner.mode}) scheduled for ${tenants.length} tenant(s)`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.close();
  }
}
