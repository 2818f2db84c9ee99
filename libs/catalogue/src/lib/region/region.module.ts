import { DynamicModule, Module } from '@nestjs/common';
import { OffersModule } from '../offers/offers.module';
import { RegionalMembers } from './regional-members';
import { RegionalReadController } from './regional-read.controller';
import { RegionalReadRepository } from './regional-read.repository';
import { RegionalSearch } from './search/regional-search';
import { RegionalSearchController } from './search/regional-search.controller';
import { RegionalStatisticsController } from './statistics/regional-statistics.controller';

/** Regional coordinators read their member municipalities' offers and search statistics, read-only. */
@Module({})
export class RegionModule {
  /** With the application's one search module (the same object), so its snapshots are shared, not copied. */
  static register(search: DynamicModule): DynamicModule {
    return {
      module: RegionModule,
      imports: [OffersModule, search],
      controllers: [RegionalReadController, RegionalSearchController, RegionalStatisticsController],
      providers: [RegionalMembers, RegionalReadRepository, RegionalSearch],
    };
  }
}
