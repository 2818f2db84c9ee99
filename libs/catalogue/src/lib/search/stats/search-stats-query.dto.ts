import { BadRequestException } from '@nestjs/common';
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

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_DAYS = 30;

/** The period asked for as [from, to): `to` is inclusive in the query, so it ends at the next midnight. */
export function periodOf(query: SearchStatsQueryDto): { from: Date; to: Date } {
  const to = query.to ? new Date(new Date(query.to).getTime() + DAY_MS) : new Date();
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (from >= to) {
    throw new BadRequestException({
      title: 'Ugyldig periode',
      errors: [{ field: 'from', message: 'from skal ligge før to.' }],
    });
  }
  return { from, to };
}
