import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EDITORIAL_ROLES, Roles } from '@socialkompas/auth';
import { PageQueryDto, TenancyService, TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';

const SHOWN = ['broken', 'failing', 'redirected', 'blocked', 'suspicious', 'unchecked'] as const;

export class LinkReportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SHOWN, description: 'failing: has failed, not yet 3 times over 2 runs' })
  @IsOptional()
  @IsIn(SHOWN, { message: `result skal være en af: ${SHOWN.join(', ')}.` })
  result?: (typeof SHOWN)[number];
}

/** The editors' list of links that need a look, worst first, with reasons and since when. */
@ApiTags('link report')
@Controller('api/v1/admin/link-report')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles(...EDITORIAL_ROLES)
export class LinkReportController {
  constructor(private readonly tenancy: TenancyService) {}

  @Get()
  async report(@Query() { result, page, size }: LinkReportQueryDto) {
    const manager = this.tenancy.currentManager();
    const filter = `(l.result <> 'ok' OR l.failures > 0) AND ($1::text IS NULL
      OR ($1 = 'failing' AND l.result <> 'broken' AND l.failures > 0) OR l.result = $1)`;
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM link_checks l WHERE ${filter}`,
      [result ?? null],
    );
    const items = await manager.query(
      `SELECT l.offer_id AS "offerId", o.name AS "offerName", l.url, l.source,
         CASE WHEN l.result <> 'broken' AND l.failures > 0 THEN 'failing' ELSE l.result END AS result,
         l.status_code AS "statusCode", l.reason, l.final_url AS "suggestedUrl", l.failures,
         l.failing_since AS "failingSince", l.last_checked_at AS "lastCheckedAt"
       FROM link_checks l JOIN offers o ON o.id = l.offer_id
       WHERE ${filter}
       ORDER BY CASE l.result WHEN 'broken' THEN 0 WHEN 'blocked' THEN 1 WHEN 'suspicious' THEN 2 ELSE 3 END,
         l.failing_since NULLS LAST, o.name
       LIMIT $2 OFFSET $3`,
      [result ?? null, size, (page - 1) * size],
    );
    const counts = await manager.query(
      `SELECT CASE WHEN result <> 'broken' AND failures > 0 THEN 'failing' ELSE result END AS result, count(*)::int AS count
       FROM link_checks GROUP BY 1 ORDER BY 1`,
    );
    return { items, total, page, size, counts };
  }
}
