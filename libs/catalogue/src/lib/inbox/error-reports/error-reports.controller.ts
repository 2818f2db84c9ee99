import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ApiProblemResponses, EDITORIAL_ROLES, Public, Roles, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { ErrorReportDto, ErrorReportQueryDto } from './error-report.dto';
import { ErrorReportPage, ErrorReportsRepository } from './error-reports.repository';

/** A citizen may report a handful of errors in ten minutes; more looks like a script. */
const REPORTS_PER_WINDOW = 5;
const REPORT_WINDOW_MS = 10 * 60 * 1000;

/** The thanks a citizen gets for a report. */
export class ErrorReportReceipt {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Tak! Redaktionen kigger på det.' })
  message!: string;
}

@ApiTags('error reports')
@Controller('api/v1')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class ErrorReportsController {
  constructor(private readonly reports: ErrorReportsRepository) {}

  /** "Report an error" on an offer: public, rate limited per address. */
  @Post('error-reports')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: REPORTS_PER_WINDOW, ttl: REPORT_WINDOW_MS } })
  @ApiCreatedResponse({ type: ErrorReportReceipt })
  @ApiProblemResponses(400, 404)
  async report(@Body() report: ErrorReportDto): Promise<ErrorReportReceipt> {
    const id = await this.reports.create({
      offerId: report.offerId,
      message: report.message,
      email: report.email ?? null,
    });
    if (!id) {
      throw new NotFoundException({
        title: 'Tilbuddet findes ikke',
        detail: `Der er intet offentligt tilbud med id ${report.offerId}.`,
      });
    }
    return { id, message: 'Tak! Redaktionen kigger på det.' };
  }

  @Get('admin/error-reports')
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: ErrorReportPage })
  @ApiProblemResponses(400)
  list(@Query() query: ErrorReportQueryDto): Promise<ErrorReportPage> {
    return this.reports.page(query);
  }

  @Post('admin/error-reports/:id/resolve')
  @Roles(...EDITORIAL_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The report is resolved.' })
  @ApiProblemResponses(400, 404)
  async resolve(@Param('id', uuidParam) id: string): Promise<void> {
    if (!(await this.reports.resolve(id))) {
      throw new NotFoundException({
        title: 'Fejlmeldingen findes ikke',
        detail: `Der er ingen åben fejlmelding med id ${id}.`,
      });
    }
  }
}
