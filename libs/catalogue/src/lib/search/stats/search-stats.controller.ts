import { BadRequestException, Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, EDITORIAL_ROLES, Roles } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { SearchStatsQueryDto } from './search-stats-query.dto';
import { SearchLog } from './search-log';
import { SearchStats, SearchStatsRepository } from './search-stats.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_DAYS = 30;

@ApiTags('search statistics')
@Controller('api/v1/admin/search-stats')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class SearchStatsController {
  constructor(
    private readonly stats: SearchStatsRepository,
    private readonly searchLog: SearchLog,
  ) {}

  @Get()
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: SearchStats })
  @ApiProblemResponses(400)
  async get(@Query() query: SearchStatsQueryDto): Promise<SearchStats> {
    const to = query.to ? new Date(new Date(query.to).getTime() + DAY_MS) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
    if (from >= to) {
      throw new BadRequestException({
        title: 'Ugyldig periode',
        errors: [{ field: 'from', message: 'from skal ligge før to.' }],
      });
    }
    await this.searchLog.flushCurrentTenant();
    return { from, to, ...(await this.stats.between(from, to)) };
  }
}
