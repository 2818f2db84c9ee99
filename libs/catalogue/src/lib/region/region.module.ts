import { Module } from '@nestjs/common';
import { OffersModule } from '../offers/offers.module';
import { SearchModule } from '../search/search.module';
import { RegionalMembers } from './regional-members';
import { RegionalReadController } from './regional-read.controller';
import { RegionalReadRepository } from './regional-read.repository';
import { RegionalStatisticsController } from './statistics/regional-statistics.controller';

/** Regional coordinators read their member municipalities' offers and search statistics, read-only. */
@Module({
  imports: [OffersModule, SearchModule],
  controllers: [RegionalReadController, RegionalStatisticsController],
  providers: [RegionalMembers, RegionalReadRepository],
})
export class RegionModule {}
