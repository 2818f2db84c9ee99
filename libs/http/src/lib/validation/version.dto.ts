import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** The version the editor saw: every change names it, and a stale one gives 409. */
export class VersionDto {
  @ApiProperty({ description: 'The version the editor saw; a stale version gives 409.' })
  @IsInt({ message: 'version skal være et heltal.' })
  @Min(1, { message: 'version skal være mindst 1.' })
  @Max(2_147_483_647, { message: 'version er for stor.' })
  version!: number;
}
