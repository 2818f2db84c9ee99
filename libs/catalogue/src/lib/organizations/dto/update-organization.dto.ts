import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { OrganizationFieldsDto } from './organization-fields.dto';

export class UpdateOrganizationDto extends PartialType(OrganizationFieldsDto) {
  @ApiProperty({ description: 'The version the editor saw; a stale version gives 409.' })
  @IsInt({ message: 'version skal være et heltal.' })
  @Min(1, { message: 'version skal være mindst 1.' })
  @Max(2_147_483_647, { message: 'version er for stor.' })
  version!: number;
}
