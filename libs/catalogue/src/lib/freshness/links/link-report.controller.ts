import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiProblemResponses, EDITORIAL_ROLES, PageOf, PageQueryDto, Roles } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { LINK_SOURCES, LinkSource } from './link-check.repository';
import { LinkReportRepository, SHOWN_LINK_RESULTS, ShownLinkResult } from './link-report.repository';

export class LinkReportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: SHOWN_LINK_RESULTS,
    description: 'failing: has failed, not yet 3 times over 2 runs',
  })
  @IsOptional()
  @IsIn(SHOWN_LINK_RESULTS, { message: `result skal være en af: ${SHOWN_LINK_RESULTS.join(', ')}.` })
  result?: ShownLinkResult;
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

  @ApiProperty({ enum: SHOWN_LINK_RESULTS })
  result!: ShownLinkResult;

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
  @ApiProperty({ enum: ['ok', ...SHOWN_LINK_RESULTS] })
  result!: 'ok' | ShownLinkResult;

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
  constructor(private readonly linkReport: LinkReportRepository) {}

  @Get()
  @ApiOkResponse({ type: LinkReport })
  @ApiProblemResponses(400)
  async report(@Query() { result, page, size }: LinkReportQueryDto): Promise<LinkReport> {
    const problems = await this.linkReport.page({ result: result ?? null, page, size });
    const counts = await this.linkReport.countsByResult();
    return { ...problems, counts };
  }
}
