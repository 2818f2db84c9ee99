import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, CurrentStaff, StaffIdentity } from '@socialkompas/auth';
import { ApiProblemResponses, Roles, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import {
  AssociationOfferChangesDto,
  ConfirmedOffers,
  OwnOffer,
  OwnOffers,
  OwnOfferSaved,
} from './association-work.dto';
import { AssociationOffersService } from './association-offers.service';

/** "Min forening": an association's member and the association's own offers, nothing else. */
@ApiTags('association')
@Controller('api/v1/association/offers')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles('association')
export class AssociationOffersController {
  constructor(private readonly offers: AssociationOffersService) {}

  @Get()
  @ApiOkResponse({ type: OwnOffers })
  @ApiProblemResponses(403)
  list(@CurrentStaff() member: StaffIdentity): Promise<OwnOffers> {
    return this.offers.list(member);
  }

  /** "Bekræft alle": the association says all its published offers are still current. */
  @Post('confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: ConfirmedOffers })
  @ApiProblemResponses(403)
  confirmAll(@CurrentStaff() member: StaffIdentity, @CurrentActor() actor: Actor): Promise<ConfirmedOffers> {
    return this.offers.confirmAll(member, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: OwnOffer })
  @ApiProblemResponses(400, 403, 404)
  get(@CurrentStaff() member: StaffIdentity, @Param('id', uuidParam) id: string): Promise<OwnOffer> {
    return this.offers.get(member, id);
  }

  /** Applied at once for a trusted association; otherwise a revision for the editors (`in_review`). */
  @Patch(':id')
  @ApiOkResponse({ type: OwnOfferSaved })
  @ApiProblemResponses(400, 403, 404, 409)
  change(
    @CurrentStaff() member: StaffIdentity,
    @Param('id', uuidParam) id: string,
    @Body() changes: AssociationOfferChangesDto,
    @CurrentActor() actor: Actor,
  ): Promise<OwnOfferSaved> {
    return this.offers.change(member, id, changes, actor);
  }
}
