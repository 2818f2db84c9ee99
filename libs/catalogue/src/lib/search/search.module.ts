import { DynamicModule, Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { SearchIndexModule } from './index/search-index.module';
import { OfferSearchRepository } from './query/offer-search.repository';
import { SEARCH_OPTIONS, SearchOptions } from './query/search-options';
import { SearchSnapshots } from './query/search-snapshots';
import { PublicSearchController } from './query/public-search.controller';
import { SearchService } from './query/search.service';
import { SearchLog } from './stats/search-log';
import { SearchStatsController } from './stats/search-stats.controller';
import { SearchStatsRepository } from './stats/search-stats.repository';

/** Citizens' search and suggestions (query), what they searched for (stats); the index is written in index/. */
@Module({})
export class SearchModule {
  static register(options: SearchOptions): DynamicModule {
    return {
      module: SearchModule,
      imports: [SearchIndexModule, TaxonomyModule],
      controllers: [PublicSearchController, SearchStatsController],
      providers: [
        { provide: SEARCH_OPTIONS, useValue: options },
        OfferSearchRepository,
        SearchSnapshots,
        SearchService,
        SearchLog,
        SearchStatsRepository,
      ],
      exports: [SearchSnapshots, SearchService, SearchStatsRepository],
    };
  }
}
