import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiProblemResponses, EDITORIAL_ROLES, PageOf, PageQueryDto, Roles } from '@socialkompas/http';
import { TenancyService, TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { LINK_SOURCES, LinkSource } from './link-check.service';

const SHOWN = ['broken', 'failing', 'redirected', 'blocked', 'suspicious', 'unchecked'] as const;
type ShownResult = (typeof SHOWN)[number];

export class LinkReportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SHOWN, description: 'failing: has failed, not yet 3 times over 2 runs' })
  @IsOptional()
  @IsIn(SHOWN, { message: `result skal være en af: ${SHOWN.join(', ')}.` })
  result?: ShownResult;
}

/** A link that needs a look. */
export class LinkProblem {
  @ApiProperty({ format: 'uuid' })
  offerId!: string;

  @ApiProperty()
  offerName!: string;

  @ApiProperty({ example: 'https://forening.dk/samtalegruppe' })
  url!: string;

  @ApiProperty({ enum: LINK_SOURCES, description: 'Where the link is' })
  source!: LinkSource;

  @ApiProperty({ enum: SHOWN })
  result!: ShownResult;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The HTTP status of the last answer' })
  statusCode!: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'HTTP 404' })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Where the link led (after redirects)' })
  suggestedUrl!: string | null;

  @ApiProperty({ type: 'integer' })
  failures!: number;

  @ApiProperty({ type: Date, nullable: true })
  failingSince!: Date | null;

  @ApiProperty()
  lastCheckedAt!: Date;
}

export class LinkResultCount {
  @ApiProperty({ enum: ['ok', ...SHOWN] })
  result!: 'ok' | ShownResult;

  @ApiProperty({ type: 'integer' })
  count!: number;
}

export class LinkReport extends PageOf(LinkProblem) {
  @ApiProperty({ type: [LinkResultCount], description: 'All checked links, by result' })
  counts!: LinkResultCount[];
}

/** The editors' list of links that need a look, worst first, with reasons and since when. */
@ApiTags('link report')
@Controller('api/v1/admin/link-report')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles(...EDITORIAL_ROLES)
export class LinkReportController {
  constructor(private readonly tenancy: TenancyService) {}

  @Get()
  @ApiOkResponse({ type: LinkReport })
  @ApiProblemResponses(400)
  async report(@Query() { result, page, size }: LinkReportQueryDto): Promise<LinkReport> {
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
