import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { OrganizationListQueryDto } from '../../organizations/dto/organization-query.dto';

/** The editors' list of offers, in every status. */
export class OfferListQueryDto extends OrganizationListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'organizationId skal være et UUID.' })
  organizationId?: string;

  @ApiPropertyOptional({
    description: 'Only offers flagged stale (reminded, unanswered after the grace period)',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'stale skal være true eller false.' })
  stale?: boolean;
}
