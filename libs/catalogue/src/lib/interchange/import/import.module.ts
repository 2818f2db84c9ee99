import { Module } from '@nestjs/common';
import { AdminImportsController } from './admin-imports.controller';
import { ImportCatalogueRepository } from './import-catalogue.repository';
import { ImportRunService } from './import-run.service';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import { PlatformImportsController } from './platform-imports.controller';

/**
 * Catalogue import: HSDS tabular packages, HSDS JSON and flat sheets, always checked in a dry run
 * before anything is written, applied in batches, idempotent by external id.
 */
@Module({
  controllers: [AdminImportsController, PlatformImportsController],
  providers: [ImportsRepository, ImportCatalogueRepository, ImportRunService, ImportsService],
  exports: [ImportsService],
})
export class ImportModule {}
