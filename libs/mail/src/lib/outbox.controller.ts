import { Controller, Get, NotFoundException, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiProblemResponses, EDITORIAL_ROLES, PageQueryDto, Roles, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import {
  OUTBOX_STATUSES,
  OutboxMessage,
  OutboxPage,
  OutboxRepository,
  OutboxStatus,
} from './outbox.repository';

export class OutboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES, { message: `status skal være en af: ${OUTBOX_STATUSES.join(', ')}.` })
  status?: OutboxStatus;
}

/** Every e-mail the tenant has sent or will send, with its status: without SMTP, the only place to read them. */
@ApiTags('outbox')
@Controller('api/v1/admin/outbox')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles(...EDITORIAL_ROLES)
export class OutboxController {
  constructor(private readonly outbox: OutboxRepository) {}

  @Get()
  @ApiOkResponse({ type: OutboxPage })
  @ApiProblemResponses(400)
  list(@Query() query: OutboxQueryDto): Promise<OutboxPage> {
    return this.outbox.page(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OutboxMessage })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam) id: string): Promise<OutboxMessage> {
    const message = await this.outbox.get(id);
    if (!message) throw new NotFoundException({ title: 'Ikke fundet', detail: 'Beskeden findes ikke her.' });
    return message;
  }
}
