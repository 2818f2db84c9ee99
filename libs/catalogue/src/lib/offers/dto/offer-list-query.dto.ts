import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { OrganizationListQueryDto } from '../../organizations/dto/organization-query.dto';

/** The editors' list of offers, in every status. */
export class OfferListQueryDto extends OrganizationListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'organizationId skal være et UUID.' })
  organizationId?: string;
}
