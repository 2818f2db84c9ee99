import { DynamicModule, Module } from '@nestjs/common';
import { HiddenNationalOffersModule } from '../national/hidden-national-offers.module';
import { OffersModule } from '../offers/offers.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { SearchIndexModule } from './index/search-index.module';
import { OfferSearchRepository } from './query/offer-search.repository';
import { SEARCH_OPTIONS, SearchOptions } from './query/search-options';
import { SearchSnapshots } from './query/search-snapshots';
import { SearchMetrics } from './query/search-metrics';
import { PublicSearchController } from './query/public-search.controller';
import { SearchService } from './query/search.service';
import { SearchLog } from './stats/search-log';
import { SearchStatsController } from './stats/search-stats.controller';
import { SearchStatsRepository } from './stats/search-stats.repository';
import { HostHiddenOffers } from './scope/host-hidden-offers';
import { ScopeGenerations } from './scope/scope-generations';
import { ScopeOfferController } from './scope/scope-offer.controller';
import { ScopeOffers } from './scope/scope-offer';
import { ScopeSearch } from './scope/scope-search';
import { ScopeSuggest } from './scope/scope-suggest';
import { ScopeText } from './scope/scope-text';
import { ScopeSnapshots } from './scope/scope-snapshots';

/**
 * Citizens' search, suggestions and offer pages (query; across tenants in scope/), what they
 * searched for (stats); the index is written in index/.
 */
@Module({})
export class SearchModule {
  static register(options: SearchOptions): DynamicModule {
    return {
      module: SearchModule,
      imports: [SearchIndexModule, TaxonomyModule, OffersModule, HiddenNationalOffersModule],
      controllers: [PublicSearchController, ScopeOfferController, SearchStatsController],
      providers: [
        { provide: SEARCH_OPTIONS, useValue: options },
        OfferSearchRepository,
        SearchMetrics,
        SearchSnapshots,
        SearchService,
        SearchLog,
        SearchStatsRepository,
        ScopeGenerations,
        HostHiddenOffers,
        ScopeSearch,
        ScopeText,
        ScopeSnapshots,
        ScopeSuggest,
        ScopeOffers,
      ],
      exports: [SearchSnapshots, SearchService, SearchStatsRepository, ScopeSearch],
    };
  }
}
