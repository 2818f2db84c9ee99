import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles, uuidParam } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { NationalOfferList, NationalOfferView, SetNationalOfferHiddenDto } from './national-offer.dto';
import { NationalOffersAdmin } from './national-offers-admin.service';

/**
 * "Landsdækkende tilbud": the national offers and this municipality's switch for each. Tenant
 * administrators only: which offers the municipality's site shows beside its own is a decision for
 * the municipality (like its settings), not an edit of an offer, so editors do not make it. No
 * interceptor wraps these routes: the national offers are read through the cross-tenant read path,
 * which refuses to run inside the municipality's unit of work (see NationalOffersAdmin).
 */
@ApiTags('national offers (tenant admin)')
@Controller('api/v1/admin/national-offers')
@Roles('tenant_admin')
export class NationalOffersAdminController {
  constructor(private readonly admin: NationalOffersAdmin) {}

  @Get()
  @ApiOkResponse({ type: NationalOfferList })
  @ApiProblemResponses(404)
  async list(@CurrentTenant() tenant: Tenant): Promise<NationalOfferList> {
    return { items: await this.admin.list(tenant) };
  }

  @Put(':id')
  @ApiOkResponse({ type: NationalOfferView, description: 'The offer with its switch as saved' })
  @ApiProblemResponses(400, 404)
  setHidden(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() { hidden }: SetNationalOfferHiddenDto,
    @CurrentActor() actor: Actor,
  ): Promise<NationalOfferView> {
    return this.admin.setHidden(tenant, id, hidden, actor);
  }
}
