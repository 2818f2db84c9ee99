import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor, AuditEntry, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, EDITORIAL_ROLES, Roles, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { lifecycleActionParam } from '../core/lifecycle/lifecycle-action.param';
import { LifecycleAction, LIFECYCLE_ACTIONS } from '../core/lifecycle/lifecycle';
import { OfferFieldsDto } from './dto/offer-fields.dto';
import { OfferTransitionDto } from './dto/offer-transition.dto';
import { OfferListQueryDto } from './dto/offer-list-query.dto';
import { UpdateOfferDto } from './dto/update-offer.dto';
import { OfferConfirmation } from './offer-confirmation';
import { OfferPage, OfferView, SavedOffer } from './offer-view';
import { OffersService } from './offers.service';

/** Editors' work on offers in any status. Every route needs an editor or a tenant administrator. */
@ApiTags('offers (editorial)')
@Controller('api/v1')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles(...EDITORIAL_ROLES)
export class OffersEditorialController {
  constructor(
    private readonly offers: OffersService,
    private readonly confirmation: OfferConfirmation,
  ) {}

  @Get('admin/offers')
  @ApiOkResponse({ type: OfferPage })
  @ApiProblemResponses(400)
  list(@Query() query: OfferListQueryDto): Promise<OfferPage> {
    return this.offers.list(query);
  }

  @Get('admin/offers/:id')
  @ApiOkResponse({ type: OfferView })
  @ApiProblemResponses(400, 404)
  get(@Param('id', uuidParam) id: string): Promise<OfferView> {
    return this.offers.getForEditor(id);
  }

  @Get('admin/offers/:id/changes')
  @ApiOkResponse({ type: [AuditEntry], description: 'Oldest first' })
  @ApiProblemResponses(400, 404)
  history(@Param('id', uuidParam) id: string): Promise<AuditEntry[]> {
    return this.offers.history(id);
  }

  @Post('offers')
  @ApiCreatedResponse({ type: SavedOffer })
  @ApiProblemResponses(400)
  create(@Body() fields: OfferFieldsDto, @CurrentActor() actor: Actor): Promise<SavedOffer> {
    return this.offers.create(fields, actor);
  }

  @Patch('offers/:id')
  @ApiOkResponse({ type: SavedOffer })
  @ApiProblemResponses(400, 404, 409)
  update(
    @Param('id', uuidParam) id: string,
    @Body() changes: UpdateOfferDto,
    @CurrentActor() actor: Actor,
  ): Promise<SavedOffer> {
    return this.offers.update(id, changes, actor);
  }

  /** An editor's "still current", e.g. after a phone call: confirmed today, stale flags cleared. */
  @Post('offers/:id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferView })
  @ApiProblemResponses(400, 404)
  async confirm(@Param('id', uuidParam) id: string, @CurrentActor() actor: Actor): Promise<OfferView> {
    if (!(await this.confirmation.confirm(id, actor))) {
      throw new NotFoundException({ title: 'Ikke fundet', detail: 'Tilbuddet findes ikke.' });
    }
    return this.offers.getForEditor(id);
  }

  /** A copy as a new draft, places, times, contacts and topics included, named "… (kopi)". */
  @Post('offers/:id/duplicate')
  @ApiCreatedResponse({ type: SavedOffer })
  @ApiProblemResponses(400, 404)
  duplicate(@Param('id', uuidParam) id: string, @CurrentActor() actor: Actor): Promise<SavedOffer> {
    return this.offers.duplicate(id, actor);
  }

  @Post('offers/:id/:action')
  @ApiParam({ name: 'action', enum: LIFECYCLE_ACTIONS })
  @ApiCreatedResponse({ type: OfferView })
  @ApiProblemResponses(400, 404, 409)
  transition(
    @Param('id', uuidParam) id: string,
    @Param('action', lifecycleActionParam) action: LifecycleAction,
    @Body() { version, reason, publishOrganization }: OfferTransitionDto,
    @CurrentActor() actor: Actor,
  ): Promise<OfferView> {
    return this.offers.transition(id, action, version, actor, { reason, publishOrganization });
  }
}
