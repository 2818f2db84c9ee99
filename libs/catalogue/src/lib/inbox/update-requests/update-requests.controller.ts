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
import { TenancyService, TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { OfferFeedback } from '../offer-feedback';
import { OfferConfirmation } from '../../offers/offer-confirmation';
import { OfferUpdateRequestDto } from './offer-update-request.dto';

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
    private readonly tenancy: TenancyService,
    private readonly auditLog: AuditLog,
    private readonly confirmation: OfferConfirmation,
  ) {}

  @Get()
  @ApiOkResponse({ type: UpdateRequestPage })
  @ApiProblemResponses(400)
  async list(@Query() { state, page, size }: UpdateRequestQueryDto): Promise<UpdateRequestPage> {
    const manager = this.tenancy.currentManager();
    const filter = `r.resolved_at IS ${state === 'open' ? '' : 'NOT '}NULL`;
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM offer_update_requests r WHERE ${filter}`,
    );
    const items = await manager.query(
      `SELECT r.id, r.offer_id AS "offerId", o.name AS "offerName", r.proposed, r.created_at AS "createdAt",
         r.resolved_at AS "resolvedAt"
       FROM offer_update_requests r JOIN offers o ON o.id = r.offer_id
       WHERE ${filter} ORDER BY r.created_at LIMIT $1 OFFSET $2`,
      [size, (page - 1) * size],
    );
    return { items, total, page, size };
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: ResolvedUpdateRequest, description: 'The offer counts as confirmed too' })
  @ApiProblemResponses(400, 404)
  async resolve(
    @Param('id', uuidParam) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ResolvedUpdateRequest> {
    const [rows] = await this.tenancy
      .currentManager()
      .query(
        `UPDATE offer_update_requests SET resolved_at = now() WHERE id = $1 AND resolved_at IS NULL RETURNING offer_id`,
        [id],
      );
    const [resolved] = rows as { offer_id: string }[];
    if (!resolved)
      throw new NotFoundException({
        title: 'Ikke fundet',
        detail: 'Der er ingen åben anmodning med det id.',
      });
    await this.auditLog.record({
      entityType: 'offer',
      entityId: resolved.offer_id,
      action: 'update_request_resolved',
      actor,
      changes: { requestId: id },
    });
    // The association answered and an editor has reviewed it: the offer counts as confirmed.
    await this.confirmation.confirm(resolved.offer_id, actor);
    return { id, resolved: true };
  }
}
