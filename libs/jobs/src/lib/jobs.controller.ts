import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, invalidParameter, Roles } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { DeclaredJobs } from './declared-jobs';
import { JobRunner } from './job-runner';
import { JobRunsRepository } from './job-runs.repository';
import { JobsOverview, QueuedJob } from './jobs-overview';

/** The tenant's background jobs: per queue what waits, runs and failed, and when each last ran. */
@ApiTags('jobs')
@Controller('api/v1/admin/jobs')
@Roles('tenant_admin', 'editor')
export class JobsController {
  constructor(
    private readonly runner: JobRunner,
    private readonly declared: DeclaredJobs,
    private readonly runs: JobRunsRepository,
  ) {}

  /** Runs a job for this tenant now (e.g. the link check after many links were fixed). */
  @Post(':queue/run')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: QueuedJob })
  @ApiProblemResponses(400)
  async runNow(@CurrentTenant() tenant: Tenant, @Param('queue') queue: string): Promise<QueuedJob> {
    if (!this.declared.has(queue)) {
      throw invalidParameter('queue', `queue skal være en af ${this.declared.names().join(', ')}.`);
    }
    await this.runner.enqueue(queue, tenant.slug);
    return { queue, tenant: tenant.slug, status: 'queued' };
  }

  @Get()
  @ApiOkResponse({ type: JobsOverview })
  async overview(@CurrentTenant() tenant: Tenant): Promise<JobsOverview> {
    const counts = await this.runner.countsFor(tenant.slug);
    const runs = await this.runs.list(tenant);
    return {
      mode: this.runner.mode,
      queues: this.declared.names().map((name) => ({
        queue: name,
        ...counts[name],
        lastRun: runs.find((run) => run.job === name) ?? null,
      })),
    };
  }
}
