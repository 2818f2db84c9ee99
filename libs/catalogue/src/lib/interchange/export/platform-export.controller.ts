import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { TenantNotFoundError, TenantRegistry } from '@socialkompas/tenancy';
import { CatalogueExportService } from './catalogue-export.service';
import { ExportQueryDto } from './dto/export-query.dto';
import { ApiExportDownload, exportDownload } from './export-download';

/** The platform operator's export of a chosen tenant's published catalogue, through the same service. */
@ApiTags('catalogue export (platform)')
@Controller('api/v1/platform/tenants/:slug/export')
@Roles('platform_admin')
export class PlatformExportController {
  constructor(
    private readonly exports: CatalogueExportService,
    private readonly registry: TenantRegistry,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiExportDownload()
  @ApiProblemResponses(400, 404)
  async export(@Param('slug') slug: string, @Query() query: ExportQueryDto, @CurrentActor() actor: Actor) {
    const tenant = await this.registry.findBySlug(slug);
    if (!tenant) throw new TenantNotFoundError(slug);
    return exportDownload(await this.exports.export(tenant, query.format, actor));
  }
}
