import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CLOCK_TIME } from '@socialkompas/catalogue';

/** The freshness rules a tenant administrator sets; every field may be left out. */
export class FreshnessSettingsDto {
  @ApiPropertyOptional({ example: 180, description: 'Days without confirmation before a reminder' })
  @IsOptional()
  @IsInt({ message: 'staleAfterDays skal være et helt antal dage.' })
  @Min(7, { message: 'staleAfterDays skal være mindst 7 dage.' })
  @Max(1095, { message: 'staleAfterDays må højst være 1095 dage (3 år).' })
  staleAfterDays?: number;

  @ApiPropertyOptional({
    example: 14,
    description: 'Days after the reminder before the offer is flagged stale',
  })
  @IsOptional()
  @IsInt({ message: 'graceDays skal være et helt antal dage.' })
  @Min(1, { message: 'graceDays skal være mindst 1 dag.' })
  @Max(180, { message: 'graceDays må højst være 180 dage.' })
  graceDays?: number;

  @ApiPropertyOptional({ description: 'Whether stale offers leave public search' })
  @IsOptional()
  @IsBoolean({ message: 'hideStale skal være true eller false.' })
  hideStale?: boolean;

  @ApiPropertyOptional({ example: '02:30', description: 'Danish time of the nightly link check' })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: 'linkCheckAt skal være et klokkeslæt som 02:30.' })
  linkCheckAt?: string;

  @ApiPropertyOptional({ example: '06:00', description: 'Danish time of the daily freshness pass' })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: 'freshnessAt skal være et klokkeslæt som 06:00.' })
  freshnessAt?: string;
}
