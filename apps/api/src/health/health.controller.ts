import { Controller, Get, Header, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Public } from '@socialkompas/http';
import { JobRunner } from '@socialkompas/jobs';
import { DatabaseHealthRepository } from './database-health.repository';
import { Readiness } from './readiness';

export class HealthChecks {
  @ApiProperty({ enum: ['up', 'down'] })
  database!: 'up' | 'down';

  @ApiProperty({ enum: ['up', 'down', 'not used'], description: 'not used: jobs run without Redis' })
  redis!: Awaited<ReturnType<JobRunner['health']>>;
}

export class HealthReport {
  @ApiProperty({
    enum: ['ok', 'degraded'],
    description: 'degraded: public traffic is served, but background jobs cannot be queued (Redis down)',
  })
  status!: 'ok' | 'degraded';

  @ApiProperty({ type: HealthChecks })
  checks!: HealthChecks;
}

export class LiveReport {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}

/**
 * Health for machines and people. Only the database decides readiness: search, offer pages and
 * edits need it, while Redis carries background jobs only, so a Redis outage degrades the jobs
 * and never takes the public site out of a load balancer.
 */
@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly database: DatabaseHealthRepository,
    private readonly jobs: JobRunner,
    private readonly readiness: Readiness,
  ) {}

  @Get()
  @ApiOperation({ summary: 'For people: every dependency, and whether jobs are degraded' })
  @ApiOkResponse({ type: HealthReport })
  @ApiProblemResponses(503)
  @Header('Cache-Control', 'no-store')
  async check(): Promise<HealthReport> {
    const checks = await this.checks();
    if (checks.database === 'down') this.unavailable('Databasen svarer ikke', checks);
    return { status: checks.redis === 'down' ? 'degraded' : 'ok', checks };
  }

  @Get('live')
  @ApiOperation({ summary: 'For the orchestrator: the process runs and its event loop answers' })
  @ApiOkResponse({ type: LiveReport })
  @Header('Cache-Control', 'no-store')
  live(): LiveReport {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'For the load balancer: send traffic here (the database answers, not draining)' })
  @ApiOkResponse({ type: HealthReport })
  @ApiProblemResponses(503)
  @Header('Cache-Control', 'no-store')
  async ready(): Promise<HealthReport> {
    if (this.readiness.isDraining) this.unavailable('Serveren lukker ned');
    return this.check();
  }

  private async checks(): Promise<HealthChecks> {
    const [database, redis] = await Promise.all([
      this.database.isUp().then((up) => (up ? ('up' as const) : ('down' as const))),
      this.jobs.health(),
    ]);
    return { database, redis };
  }

  private unavailable(title: string, checks?: HealthChecks): never {
    throw new ServiceUnavailableException({ title, ...(checks ? { checks } : {}) });
  }
}
