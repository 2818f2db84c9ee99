import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ApiProblemResponses, PageQueryDto, Roles } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { AUDIT_ENTITY_TYPES, AuditEntityType, AuditEntryPage, AuditLog } from './audit-log';

const ENTITY_TYPES: AuditEntityType[] = [...AUDIT_ENTITY_TYPES];

export class AuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'login_failed' })
  @IsOptional()
  @MaxLength(64, { message: 'action må højst være 64 tegn.' })
  action?: string;

  @ApiPropertyOptional({ enum: ENTITY_TYPES })
  @IsOptional()
  @IsIn(ENTITY_TYPES, { message: `entityType skal være en af: ${ENTITY_TYPES.join(', ')}.` })
  entityType?: AuditEntityType;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(64, { message: 'entityId må højst være 64 tegn.' })
  entityId?: string;

  @ApiPropertyOptional({ description: 'Only what this user did.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorUserId skal være et UUID.' })
  actorUserId?: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from skal være en dato, fx 2026-11-01.' })
  from?: Date;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Exclusive.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to skal være en dato, fx 2026-12-01.' })
  to?: Date;
}

/** The tenant's audit log for its administrators: filters and paging, newest first. */
@ApiTags('audit log (tenant admin)')
@Controller('api/v1/admin/audit-log')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles('tenant_admin', 'platform_admin')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLog) {}

  @Get()
  @ApiOkResponse({ type: AuditEntryPage })
  @ApiProblemResponses(400)
  async list(@Query() { page, size, ...filter }: AuditLogQueryDto): Promise<AuditEntryPage> {
    const { items, total } = await this.auditLog.list({ ...filter, limit: size, offset: (page - 1) * size });
    return { items, total, page, size };
  }
}
