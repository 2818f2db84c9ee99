import { Module } from '@nestjs/common';
import { ExportModule } from '../interchange/export/export.module';
import { HsdsApiRepository } from './api/hsds-api.repository';
import { HsdsApi } from './api/hsds-api.service';
import { HsdsController } from './api/hsds.controller';
import { HsdsLists } from './api/hsds-lists';
import { HsdsReaches } from './api/hsds-reach';
import { HsdsRecordReader } from './api/hsds-record-reader';

/**
 * Open data: the Open Referral HSDS 3.0 read API under /hsds on every host (api/), reading through
 * the export's queries and mapping. The app mounts `allowAnyOrigin` on /hsds (create-app).
 */
@Module({
  imports: [ExportModule],
  controllers: [HsdsController],
  providers: [HsdsApi, HsdsLists, HsdsReaches, HsdsRecordReader, HsdsApiRepository],
})
export class OpenDataModule {}
