import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Public, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { PublicOfferView } from './offer-view';
import { OffersService } from './offers.service';

/** A published offer's page, for anyone without logging in. */
@ApiTags('search')
@Controller('api/v1')
@Public()
export class PublicOffersController {
  constructor(private readonly offers: OffersService) {}

  @Get('offers/:id')
  @UseInterceptors(TenantUnitOfWorkInterceptor)
  @ApiOkResponse({ type: PublicOfferView })
  @ApiProblemResponses(400, 404)
  get(@Param('id', uuidParam) id: string): Promise<PublicOfferView> {
    return this.offers.getPublished(id);
  }
}
