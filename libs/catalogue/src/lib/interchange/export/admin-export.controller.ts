import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { CatalogueExportService } from './catalogue-export.service';
import { ExportQueryDto } from './dto/export-query.dto';
import { ApiExportDownload, exportDownload } from './export-download';

/** A tenant administrator's export of the host tenant's published catalogue. */
@ApiTags('catalogue export (tenant admin)')
@Controller('api/v1/admin/export')
@Roles('tenant_admin', 'platform_admin')
export class AdminExportController {
  constructor(private readonly exports: CatalogueExportService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiExportDownload()
  @ApiProblemResponses(400)
  async export(
    @CurrentTenant() tenant: Tenant,
    @Query() query: ExportQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    return exportDownload(await this.exports.export(tenant, query.format, actor));
  }
}
