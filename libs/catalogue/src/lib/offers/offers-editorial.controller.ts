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
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, EDITORIAL_ROLES, Roles } from '@socialkompas/auth';
import { TenantUnitOfWorkInterceptor, uuidParam, VersionDto } from '@socialkompas/tenancy';
import { lifecycleActionParam } from '../http/params';
import { LifecycleAction } from '../lifecycle/lifecycle';
import { OfferFieldsDto } from './dto/offer-fields.dto';
import { OfferListQueryDto } from './dto/offer-list-query.dto';
import { UpdateOfferDto } from './dto/update-offer.dto';
import { OfferConfirmation } from '../freshness/offer-confirmation';
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
  list(@Query() query: OfferListQueryDto) {
    return this.offers.list(query);
  }

  @Get('admin/offers/:id')
  get(@Param('id', uuidParam) id: string) {
    return this.offers.getForEditor(id);
  }

  @Get('admin/offers/:id/changes')
  history(@Param('id', uuidParam) id: string) {
    return this.offers.history(id);
  }

  @Post('offers')
  create(@Body() fields: OfferFieldsDto, @CurrentActor() actor: Actor) {
    return this.offers.create(fields, actor);
  }

  @Patch('offers/:id')
  update(@Param('id', uuidParam) id: string, @Body() changes: UpdateOfferDto, @CurrentActor() actor: Actor) {
    return this.offers.update(id, changes, actor);
  }

  /** An editor's "still current", e.g. after a phone call: confirmed today, stale flags cleared. */
  @Post('offers/:id/confirm')
  @HttpCode(200)
  async confirm(@Param('id', uuidParam) id: string, @CurrentActor() actor: Actor) {
    if (!(await this.confirmation.confirm(id, actor))) {
      throw new NotFoundException({ title: 'Ikke fundet', detail: 'Tilbuddet findes ikke.' });
    }
    return this.offers.getForEditor(id);
  }

  @Post('offers/:id/:action')
  transition(
    @Param('id', uuidParam) id: string,
    @Param('action', lifecycleActionParam) action: LifecycleAction,
    @Body() { version }: VersionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.offers.transition(id, action, version, actor);
  }
}
