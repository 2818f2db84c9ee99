import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Public } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { Suggestions } from '../suggest/autocomplete';
import { SearchQueryDto, SuggestQueryDto } from './search-query.dto';
import { SearchResult } from './search-result';
import { JsonText, SendsJsonText } from './json-text';
import { SearchService } from './search.service';

/**
 * What citizens search with, without logging in: search and autocomplete, over the host's scope
 * (its own offers and those of the tenants its search reaches; see SearchService).
 */
@ApiTags('search')
@Controller('api/v1')
@Public()
export class PublicSearchController {
  constructor(private readonly searchService: SearchService) {}

  /** Opens its own unit of work only when memory cannot answer (see SearchService.find). */
  @Get('offers')
  @SendsJsonText()
  @ApiOkResponse({ type: SearchResult })
  @ApiProblemResponses(400)
  search(@CurrentTenant() tenant: Tenant, @Query() query: SearchQueryDto): Promise<JsonText<SearchResult>> {
    return this.searchService.find(tenant, query);
  }

  /** Opens its own (read-only, for other tenants) units of work. */
  @Get('suggest')
  @ApiOkResponse({ type: Suggestions })
  @ApiProblemResponses(400)
  suggest(@CurrentTenant() tenant: Tenant, @Query() { q }: SuggestQueryDto): Promise<Suggestions> {
    return this.searchService.suggest(tenant, q);
  }
}
