import {
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Actor, AuditLog, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, EDITORIAL_ROLES, PageOf, PageQueryDto, Roles, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { OfferFeedback } from '../offer-feedback';
import { OfferConfirmation } from '../../offers/offer-confirmation';
import { OfferUpdateRequestDto } from './offer-update-request.dto';
import { UpdateRequestsRepository } from './update-requests.repository';

export class UpdateRequestQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'resolved'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'resolved'], { message: 'state skal være open eller resolved.' })
  state: 'open' | 'resolved' = 'open';
}

/** What an association proposed for its offer through a reminder link. */
export class UpdateRequest extends OfferFeedback {
  @ApiProperty({ type: OfferUpdateRequestDto, description: 'Only the fields the association filled in' })
  proposed!: OfferUpdateRequestDto;
}

export class UpdateRequestPage extends PageOf(UpdateRequest) {}

export class ResolvedUpdateRequest {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: [true] })
  resolved!: true;
}

/**
 * The corrections associations sent through their reminder links, for editors to apply (with the
 * normal offer edit) and then mark as handled.
 */
@ApiTags('update requests')
@Controller('api/v1/admin/update-requests')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles(...EDITORIAL_ROLES)
export class UpdateRequestsController {
  constructor(
    private readonly updateRequests: UpdateRequestsRepository,
    private readonly auditLog: AuditLog,
    private readonly confirmation: OfferConfirmation,
  ) {}

  @Get()
  @ApiOkResponse({ type: UpdateRequestPage })
  @ApiProblemResponses(400)
  async list(@Query() { state, page, size }: UpdateRequestQueryDto): Promise<UpdateRequestPage> {
    return this.updateRequests.page({ state, page, size });
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: ResolvedUpdateRequest, description: 'The offer counts as confirmed too' })
  @ApiProblemResponses(400, 404)
  async resolve(
    @Param('id', uuidParam) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ResolvedUpdateRequest> {
    const offer = await this.updateRequests.resolve(id);
    if (!offer)
      throw new NotFoundException({
        title: 'Ikke fundet',
        detail: 'Der er ingen åben anmodning med det id.',
      });
    await this.auditLog.record({
      entityType: 'offer',
      entityId: offer.id,
      entityLabel: offer.name,
      action: 'update_request_resolved',
      actor,
      changes: { requestId: id },
    });
    // The association answered and an editor has reviewed it: the offer counts as confirmed.
    await this.confirmation.confirm(offer.id, actor);
    return { id, resolved: true };
  }
}
