import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class SearchStatsQueryDto {
  @ApiPropertyOptional({
    description: 'From this date (inclusive); default 30 days ago',
    example: '2026-11-01',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from skal være en dato som 2026-11-01.' })
  @IsISO8601({ strict: true }, { message: 'from skal være en dato som 2026-11-01.' })
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this date (inclusive); default today', example: '2026-11-30' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to skal være en dato som 2026-11-30.' })
  @IsISO8601({ strict: true }, { message: 'to skal være en dato som 2026-11-30.' })
  to?: string;
}
