import { DynamicModule, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { CATALOGUE_OPTIONS, CatalogueOptions } from './catalogue.options';
import { StaffDashboardController } from './dashboard/staff-dashboard.controller';
import { FreshnessService } from './freshness/freshness.service';
import { OfferActionsController } from './freshness/offer-actions.controller';
import { OfferActionsService } from './freshness/offer-actions.service';
import { OfferConfirmation } from './freshness/offer-confirmation';
import { UpdateRequestsController } from './freshness/update-requests.controller';
import { LinkCheckService } from './links/link-check.service';
import { LinkChecker } from './links/link-checker';
import { LinkReportController } from './links/link-report.controller';
import { OutboxController } from './mail/outbox.controller';
import { OutboxRepository } from './mail/outbox.repository';
import { OutboxSender } from './mail/outbox-sender';
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
import { OfferSuggestionsController } from './suggestions/offer-suggestions.controller';
import { OfferSuggestionsRepository } from './suggestions/offer-suggestions.repository';
import { OfferSuggestionsService } from './suggestions/offer-suggestions.service';
import { TaxonomyController } from './taxonomy/taxonomy.controller';
import { TaxonomyRepository } from './taxonomy/taxonomy.repository';
import { TaxonomyService } from './taxonomy/taxonomy.service';

@Module({})
export class CatalogueModule {
  static forRoot(options: CatalogueOptions): DynamicModule {
    return {
      module: CatalogueModule,
      // Global: the background jobs of the application use the catalogue's services.
      global: true,
      ...CATALOGUE_MODULE,
      providers: [
        ...CATALOGUE_MODULE.providers,
        { provide: CATALOGUE_OPTIONS, useValue: options },
        { provide: LinkChecker, useFactory: () => new LinkChecker(options.linkChecker) },
      ],
    };
  }
}

/** How long until a rate-limited address may try again, in Danish: "40 sekunder", "et minut", "12 minutter". */
function waitInDanish(seconds: number): string {
  if (seconds < 60) return `${Math.max(seconds, 1)} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'et minut' : `${minutes} minutter`;
}

const CATALOGUE_MODULE = {
  imports: [
    // Only routes that opt in with ThrottlerGuard are limited (the public error reports, offer
    // suggestions and reminder-link pages). The guard also sends Retry-After.
    ThrottlerModule.forRoot({
      throttlers: [{ ttl: 60_000, limit: 60 }],
      errorMessage: (_context, { timeToBlockExpire }) =>
        `For mange forespørgsler på kort tid. Prøv igen om ${waitInDanish(timeToBlockExpire)}.`,
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
    LinkReportController,
    OutboxController,
    OfferActionsController,
    UpdateRequestsController,
    OfferSuggestionsController,
    StaffDashboardController,
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
    OutboxRepository,
    OutboxSender,
    FreshnessService,
    OfferActionsService,
    OfferConfirmation,
    LinkCheckService,
    OfferSuggestionsRepository,
    OfferSuggestionsService,
  ],
  exports: [
    OrganizationsService,
    OffersService,
    OfferSearchIndex,
    FreshnessService,
    LinkCheckService,
    OutboxSender,
    CATALOGUE_OPTIONS,
  ],
};
