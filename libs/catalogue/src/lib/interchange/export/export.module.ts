import { Module } from '@nestjs/common';
import { AdminExportController } from './admin-export.controller';
import { CatalogueExportRepository } from './catalogue-export.repository';
import { CatalogueExportService } from './catalogue-export.service';
import { PlatformExportController } from './platform-export.controller';

/** Catalogue export: the published catalogue as the HSDS 3.0 tabular data package or HSDS JSON, streamed. */
@Module({
  controllers: [AdminExportController, PlatformExportController],
  providers: [CatalogueExportRepository, CatalogueExportService],
  exports: [CatalogueExportService, CatalogueExportRepository],
})
export class ExportModule {}
