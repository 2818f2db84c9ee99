import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Public, uuidParam } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { ScopeOffers, ScopeOfferView } from './scope-offer';

/** A published offer's page, for anyone without logging in, on every host whose search can find it. */
@ApiTags('search')
@Controller('api/v1')
@Public()
export class ScopeOfferController {
  constructor(private readonly offers: ScopeOffers) {}

  /** Opens read-only units of work of its own (see ScopeOffers), so no interceptor's. */
  @Get('offers/:id')
  @ApiOkResponse({ type: ScopeOfferView })
  @ApiProblemResponses(400, 404)
  get(@CurrentTenant() host: Tenant, @Param('id', uuidParam) id: string): Promise<ScopeOfferView> {
    return this.offers.find(host, id);
  }
}
