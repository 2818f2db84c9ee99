import { Module } from '@nestjs/common';
import { OffersModule } from '../offers/offers.module';
import { RegionalReadController } from './regional-read.controller';
import { RegionalReadRepository } from './regional-read.repository';

/** Regional coordinators read their member municipalities' offers, read-only. */
@Module({
  imports: [OffersModule],
  controllers: [RegionalReadController],
  providers: [RegionalReadRepository],
})
export class RegionModule {}
