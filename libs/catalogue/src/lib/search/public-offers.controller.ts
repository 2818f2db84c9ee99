import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { uuidParam } from '../http/params';
import { OffersService } from '../offers/offers.service';
import { SearchQueryDto, SuggestQueryDto } from './dto/search-query.dto';
import { SearchService } from './search.service';

/** What citizens use, without logging in: search, autocomplete and published offers. */
@ApiTags('search')
@Controller('api/v1')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class PublicOffersController {
  constructor(
    private readonly searchService: SearchService,
    private readonly offers: OffersService,
  ) {}

  @Get('offers')
  search(@Query() query: SearchQueryDto) {
    return this.searchService.find(query);
  }

  @Get('offers/:id')
  get(@Param('id', uuidParam) id: string) {
    return this.offers.getPublished(id);
  }

  @Get('suggest')
  suggest(@Query() { q }: SuggestQueryDto) {
    return this.searchService.suggest(q);
  }
}
