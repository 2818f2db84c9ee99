import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Public } from '@socialkompas/http';
import { JobRunner } from '@socialkompas/jobs';
import { DatabaseHealthRepository } from './database-health.repository';

export class HealthChecks {
  @ApiProperty({ enum: ['up', 'down'] })
  database!: 'up' | 'down';

  @ApiProperty({ enum: ['up', 'down', 'not used'], description: 'not used: jobs run without Redis' })
  redis!: Awaited<ReturnType<JobRunner['health']>>;
}

export class HealthReport {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ type: HealthChecks })
  checks!: HealthChecks;
}

/** For load balancers and monitoring: the database and, where jobs use it, Redis. */
@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly database: DatabaseHealthRepository,
    private readonly jobs: JobRunner,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthReport })
  @ApiProblemResponses(503)
  async check(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([
      this.database.isUp().then((up) => (up ? ('up' as const) : ('down' as const))),
      this.jobs.health(),
    ]);
    const checks = { database, redis };
    if (database === 'down' || redis === 'down') {
      throw new ServiceUnavailableException({
        title: database === 'down' ? 'Databasen svarer ikke' : 'Redis svarer ikke',
        checks,
      });
    }
    return { status: 'ok', checks };
  }
}
