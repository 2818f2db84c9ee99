import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `page` and `size` of every list. */
export class PageQueryDto {
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
