import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { periodOf, SearchStatsQueryDto } from '../../search/stats/search-stats-query.dto';
import { SearchStatsRepository } from '../../search/stats/search-stats.repository';
import { RegionalMembers } from '../regional-members';
import { REGIONAL_TOP, regionalStatistics, RegionalStatistics } from './regional-statistics';

/**
 * Each tenant's rows are read beyond the region's top, so that a text a little searched in many
 * municipalities still adds up to its place in the region's list.
 */
const ROWS_PER_TENANT = REGIONAL_TOP * 25;

/**
 * What citizens searched for across the region and did not find, for its coordinators: each
 * tenant's own anonymous search log, read in its read-only unit of work and summed here. The log
 * of the last second may not be written yet; this path cannot write, not even that.
 */
@ApiTags('region (read-only)')
@Controller('api/v1/region/statistics')
@Roles('regional_coordinator', 'tenant_admin')
export class RegionalStatisticsController {
  constructor(
    private readonly members: RegionalMembers,
    private readonly stats: SearchStatsRepository,
  ) {}

  @Get()
  @ApiOkResponse({ type: RegionalStatistics })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentTenant() region: Tenant,
    @Query() query: SearchStatsQueryDto,
  ): Promise<RegionalStatistics> {
    const { from, to } = periodOf(query);
    const tenants = await this.members.readable(region);
    const parts = await this.members.eachReadOnly(tenants, async (tenant) => ({
      tenant: { slug: tenant.slug, name: tenant.name },
      totals: await this.stats.totals(from, to),
      zeroResultQueries: await this.stats.zeroResultQueries(from, to, ROWS_PER_TENANT),
      topChallenges: await this.stats.topChallenges(from, to, ROWS_PER_TENANT),
    }));
    return regionalStatistics(
      { from, to },
      parts.map(({ value }) => value),
    );
  }
}
