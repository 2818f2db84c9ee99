import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponses,
  CurrentTenant,
  Public,
  Tenant,
  TenantUnitOfWorkInterceptor,
  uuidParam,
} from '@socialkompas/tenancy';
import { PublicOfferView } from '../offers/offer-view';
import { OffersService } from '../offers/offers.service';
import { Suggestions } from './autocomplete';
import { SearchQueryDto, SuggestQueryDto } from './dto/search-query.dto';
import { SearchResult } from './search-result';
import { SearchService } from './search.service';

/** What citizens use, without logging in: search, autocomplete and published offers. */
@ApiTags('search')
@Controller('api/v1')
@Public()
export class PublicOffersController {
  constructor(
    private readonly searchService: SearchService,
    private readonly offers: OffersService,
  ) {}

  /** Opens its own unit of work only when memory cannot answer (see SearchService.find). */
  @Get('offers')
  @ApiOkResponse({ type: SearchResult })
  @ApiProblemResponses(400)
  search(@CurrentTenant() tenant: Tenant, @Query() query: SearchQueryDto): Promise<SearchResult> {
    return this.searchService.find(tenant, query);
  }

  @Get('offers/:id')
  @UseInterceptors(TenantUnitOfWorkInterceptor)
  @ApiOkResponse({ type: PublicOfferView })
  @ApiProblemResponses(400, 404)
  get(@Param('id', uuidParam) id: string): Promise<PublicOfferView> {
    return this.offers.getPublished(id);
  }

  @Get('suggest')
  @UseInterceptors(TenantUnitOfWorkInterceptor)
  @ApiOkResponse({ type: Suggestions })
  @ApiProblemResponses(400)
  suggest(@Query() { q }: SuggestQueryDto): Promise<Suggestions> {
    return this.searchService.suggest(q);
  }
}
