import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { RegionalSearchQueryDto, RegionalSearchResult } from './regional-search.dto';
import { RegionalSearch } from './regional-search';
import { JsonText, SendsJsonText } from '../../search/query/json-text';

/**
 * The coordinators' search on a region's host: the citizens' search over the region's own and its
 * member municipalities' offers in every status, read-only. Not logged: the statistics are the
 * citizens' searches.
 */
@ApiTags('region (read-only)')
@Controller('api/v1/region/search')
@Roles('regional_coordinator', 'tenant_admin')
export class RegionalSearchController {
  constructor(private readonly search: RegionalSearch) {}

  @Get()
  @SendsJsonText()
  @ApiOkResponse({ type: RegionalSearchResult })
  @ApiProblemResponses(400, 404)
  find(
    @CurrentTenant() region: Tenant,
    @Query() query: RegionalSearchQueryDto,
  ): Promise<JsonText<RegionalSearchResult>> {
    return this.search.find(region, query);
  }
}
