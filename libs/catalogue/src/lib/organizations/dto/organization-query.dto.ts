import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class OrganizationQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString({ message: 'q skal være tekst.' })
  @MaxLength(200, { message: 'q må højst være 200 tegn.' })
  q?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page skal være et heltal.' })
  @Min(1, { message: 'page skal være mindst 1.' })
  @Max(10_000, { message: 'page må højst være 10000.' })
  page = 1;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'size skal være et heltal.' })
  @Min(1, { message: 'size skal være mindst 1.' })
  @Max(100, { message: 'size må højst være 100.' })
  size = 20;
}
