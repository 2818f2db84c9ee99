import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentTenant, Public, Tenant, TenantUnitOfWorkInterceptor, uuidParam } from '@socialkompas/tenancy';
import { OffersService } from '../offers/offers.service';
import { SearchQueryDto, SuggestQueryDto } from './dto/search-query.dto';
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
  search(@CurrentTenant() tenant: Tenant, @Query() query: SearchQueryDto) {
    return this.searchService.find(tenant, query);
  }

  @Get('offers/:id')
  @UseInterceptors(TenantUnitOfWorkInterceptor)
  get(@Param('id', uuidParam) id: string) {
    return this.offers.getPublished(id);
  }

  @Get('suggest')
  @UseInterceptors(TenantUnitOfWorkInterceptor)
  suggest(@Query() { q }: SuggestQueryDto) {
    return this.searchService.suggest(q);
  }
}
