import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '@socialkompas/tenancy';
import { JobRunner } from '../jobs/job-runner';

/** For load balancers and monitoring: the database and, where jobs use it, Redis. */
@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
  ) {}

  @Get()
  async check() {
    const [database, redis] = await Promise.all([
      this.dataSource.query('SELECT 1').then(
        () => 'up' as const,
        () => 'down' as const,
      ),
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
