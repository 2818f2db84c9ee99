import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, EDITORIAL_ROLES, Roles, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import {
  OfferRevisionDetail,
  OfferRevisionPage,
  OfferRevisionView,
  RejectDto,
  ReviewQueryDto,
} from './association-work.dto';
import { OfferRevisionsService } from './offer-revisions.service';

/** Associations' proposed changes of their offers, for the editors to approve or reject. */
@ApiTags('offer revisions (editorial)')
@Controller('api/v1/admin/offer-revisions')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles(...EDITORIAL_ROLES)
export class OfferRevisionsController {
  constructor(private readonly revisions: OfferRevisionsService) {}

  @Get()
  @ApiOkResponse({ type: OfferRevisionPage })
  @ApiProblemResponses(400)
  list(@Query() query: ReviewQueryDto): Promise<OfferRevisionPage> {
    return this.revisions.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OfferRevisionDetail })
  @ApiProblemResponses(400, 404)
  get(@Param('id', uuidParam) id: string): Promise<OfferRevisionDetail> {
    return this.revisions.get(id);
  }

  /** Applies the change to the version the association saw; 409 if the offer has changed since. */
  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferRevisionView })
  @ApiProblemResponses(400, 404, 409)
  approve(@Param('id', uuidParam) id: string, @CurrentActor() actor: Actor): Promise<OfferRevisionView> {
    return this.revisions.approve(id, actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferRevisionView })
  @ApiProblemResponses(400, 404, 409)
  reject(
    @Param('id', uuidParam) id: string,
    @Body() { reason }: RejectDto,
    @CurrentActor() actor: Actor,
  ): Promise<OfferRevisionView> {
    return this.revisions.reject(id, reason, actor);
  }
}
