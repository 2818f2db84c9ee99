import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { OptionalText, PageQueryDto } from '@socialkompas/http';
import { LIFECYCLE_STATUSES, LifecycleStatus } from '../../core/lifecycle/lifecycle';

export class OrganizationQueryDto extends PageQueryDto {
  @OptionalText('Søgeteksten', 200, { nullable: true, example: 'Ældre Sagen' })
  q?: string;
}

/** The editors' list, in any status or the one asked for. */
export class OrganizationListQueryDto extends OrganizationQueryDto {
  @ApiPropertyOptional({ enum: LIFECYCLE_STATUSES })
  @IsOptional()
  @IsIn(LIFECYCLE_STATUSES, { message: `status skal være en af ${LIFECYCLE_STATUSES.join(', ')}.` })
  status?: LifecycleStatus;
}
