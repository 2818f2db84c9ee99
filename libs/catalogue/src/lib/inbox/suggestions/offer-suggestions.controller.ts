import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { EDITORIAL_ROLES, Public, Roles, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { HOUR_MS, perTenantAndClient } from '../../core/public-rate-limit';
import { OfferSuggestionDto } from './offer-suggestion.dto';
import {
  OfferSuggestionPageDto,
  OfferSuggestionViewDto,
  SuggestionReceivedDto,
} from './offer-suggestion-view.dto';
import {
  AcceptSuggestionDto,
  OfferSuggestionQueryDto,
  RejectSuggestionDto,
} from './suggestion-decision.dto';
import { OfferSuggestionsService } from './offer-suggestions.service';

/** An association suggests a few offers at a time; more from one address in an hour looks like a script. */
const SUGGESTIONS_PER_HOUR = 5;

const RECEIVED: SuggestionReceivedDto = {
  message: 'Tak for forslaget! Redaktionen kigger på det og kontakter jer, hvis der er spørgsmål.',
};

@ApiTags('offer suggestions')
@Controller('api/v1')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class OfferSuggestionsController {
  constructor(private readonly suggestions: OfferSuggestionsService) {}

  /** "Suggest an offer": public, rate limited per tenant and address, with a honeypot against bots. */
  @Post('offer-suggestions')
  @Public()
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: SUGGESTIONS_PER_HOUR, ttl: HOUR_MS, getTracker: perTenantAndClient } })
  @ApiAcceptedResponse({ type: SuggestionReceivedDto, description: 'Received; the editors review it.' })
  @ApiTooManyRequestsResponse({
    description: `More than ${SUGGESTIONS_PER_HOUR} suggestions an hour from one address; Retry-After says when to try again.`,
  })
  async suggest(@Body() suggestion: OfferSuggestionDto): Promise<SuggestionReceivedDto> {
    // Only a bot fills in the field people never see: it gets the same answer, and nothing is stored.
    if (!suggestion.website_url_confirm) await this.suggestions.suggest(suggestion);
    return RECEIVED;
  }

  @Get('admin/offer-suggestions')
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: OfferSuggestionPageDto })
  list(@Query() query: OfferSuggestionQueryDto): Promise<OfferSuggestionPageDto> {
    return this.suggestions.page(query);
  }

  @Post('admin/offer-suggestions/:id/accept')
  @Roles(...EDITORIAL_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: OfferSuggestionViewDto, description: 'Accepted; `offerId` is the new draft offer.' })
  @ApiNotFoundResponse({ description: 'No such suggestion in this tenant.' })
  @ApiConflictResponse({ description: 'Already accepted or rejected.' })
  accept(
    @Param('id', uuidParam) id: string,
    @Body() { organizationId }: AcceptSuggestionDto,
    @CurrentActor() actor: Actor,
  ): Promise<OfferSuggestionViewDto> {
    return this.suggestions.accept(id, organizationId, actor);
  }

  @Post('admin/offer-suggestions/:id/reject')
  @Roles(...EDITORIAL_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: OfferSuggestionViewDto })
  @ApiNotFoundResponse({ description: 'No such suggestion in this tenant.' })
  @ApiConflictResponse({ description: 'Already accepted or rejected.' })
  reject(
    @Param('id', uuidParam) id: string,
    @Body() { reason }: RejectSuggestionDto,
    @CurrentActor() actor: Actor,
  ): Promise<OfferSuggestionViewDto> {
    return this.suggestions.reject(id, reason, actor);
  }
}
