import { Controller, Get, HttpCode, Param, ParseEnumPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@socialkompas/auth';
import {
  ApiProblemResponses,
  CurrentTenant,
  invalidParameter,
  TenancyService,
  Tenant,
} from '@socialkompas/tenancy';
import { JobRunner } from './job-runner';
import { JOB_TYPES, JobType } from './job-types';
import { JobRun, JobsOverview, QueuedJob } from './jobs-overview';

const jobTypeParam = new ParseEnumPipe(Object.fromEntries(JOB_TYPES.map((type) => [type, type])), {
  exceptionFactory: () => invalidParameter('queue', `queue skal være en af ${JOB_TYPES.join(', ')}.`),
});

/** The tenant's background jobs: per queue what waits, runs and failed, and when each last ran. */
@ApiTags('jobs')
@Controller('api/v1/admin/jobs')
@Roles('tenant_admin', 'editor')
export class JobsController {
  constructor(
    private readonly runner: JobRunner,
    private readonly tenancy: TenancyService,
  ) {}

  /** Runs a job for this tenant now (e.g. the link check after many links were fixed). */
  @Post(':queue/run')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: QueuedJob })
  @ApiProblemResponses(400)
  async runNow(
    @CurrentTenant() tenant: Tenant,
    @Param('queue', jobTypeParam) queue: JobType,
  ): Promise<QueuedJob> {
    await this.runner.enqueue(queue, tenant.slug);
    return { queue, tenant: tenant.slug, status: 'queued' };
  }

  @Get()
  @ApiOkResponse({ type: JobsOverview })
  async overview(@CurrentTenant() tenant: Tenant): Promise<JobsOverview> {
    const counts = await this.runner.countsFor(tenant.slug);
    const runs: JobRun[] = await this.tenancy.run(tenant, (manager) =>
      manager.query(
        `SELECT job, last_started_at AS "lastStartedAt", last_finished_at AS "lastFinishedAt",
             last_outcome AS "lastOutcome", last_summary AS "lastSummary" FROM job_runs`,
      ),
    );
    return {
      mode: this.runner.mode,
      queues: JOB_TYPES.map((type) => ({
        queue: type,
        ...counts[type],
        lastRun: runs.find((run) => run.job === type) ?? null,
      })),
    };
  }
}
