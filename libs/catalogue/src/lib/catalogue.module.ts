import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { OfferSearchIndex } from './offers/offer-search-index';
import { OffersEditorialController } from './offers/offers-editorial.controller';
import { OffersRepository } from './offers/offers.repository';
import { OffersService } from './offers/offers.service';
import { OrganizationsController } from './organizations/organizations.controller';
import { OrganizationsRepository } from './organizations/organizations.repository';
import { OrganizationsService } from './organizations/organizations.service';
import { RegionalReadController } from './region/regional-read.controller';
import { ErrorReportsController } from './reports/error-reports.controller';
import { ErrorReportsRepository } from './reports/error-reports.repository';
import { OfferSearchRepository } from './search/offer-search.repository';
import { PublicOffersController } from './search/public-offers.controller';
import { SearchStatsController } from './search/search-stats.controller';
import { SearchStatsRepository } from './search/search-stats.repository';
import { SearchService } from './search/search.service';
import { SearchLog } from './search/search-log';
import { SearchSnapshots } from './search/search-snapshots';
import { TaxonomyController } from './taxonomy/taxonomy.controller';
import { TaxonomyRepository } from './taxonomy/taxonomy.repository';
import { TaxonomyService } from './taxonomy/taxonomy.service';

@Module({
  imports: [
    // Only routes that opt in with ThrottlerGuard are limited (the public error report).
    ThrottlerModule.forRoot({
      throttlers: [{ ttl: 60_000, limit: 60 }],
      errorMessage: 'For mange forespørgsler på kort tid. Prøv igen om lidt.',
    }),
  ],
  controllers: [
    PublicOffersController,
    OffersEditorialController,
    OrganizationsController,
    TaxonomyController,
    ErrorReportsController,
    SearchStatsController,
    RegionalReadController,
  ],
  providers: [
    OfferSearchIndex,
    OffersRepository,
    OffersService,
    OrganizationsRepository,
    OrganizationsService,
    TaxonomyRepository,
    TaxonomyService,
    OfferSearchRepository,
    SearchService,
    SearchSnapshots,
    SearchLog,
    SearchStatsRepository,
    ErrorReportsRepository,
  ],
  exports: [OrganizationsService, OffersService, OfferSearchIndex],
})
export class CatalogueModule {}
