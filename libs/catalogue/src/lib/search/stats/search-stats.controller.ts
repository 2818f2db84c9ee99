import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, EDITORIAL_ROLES, Roles } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { periodOf, SearchStatsQueryDto } from './search-stats-query.dto';
import { SearchLog } from './search-log';
import { SearchStats, SearchStatsRepository } from './search-stats.repository';

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
    const { from, to } = periodOf(query);
    await this.searchLog.flushCurrentTenant();
    return { from, to, ...(await this.stats.between(from, to)) };
  }
}
