import { DynamicModule, Module } from '@nestjs/common';
import { LinkChecker } from '@socialkompas/safe-fetch';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../catalogue.options';
import { PUBLIC_RATE_LIMIT } from '../core/public-rate-limit';
import { OffersModule } from '../offers/offers.module';
import { LinkCheckJob } from './links/link-check.job';
import { LinkCheckRepository } from './links/link-check.repository';
import { LinkCheckProgressRepository } from './links/link-check-progress.repository';
import { LinkCheckService } from './links/link-check.service';
import { LinkReportController } from './links/link-report.controller';
import { LinkReportRepository } from './links/link-report.repository';
import { OfferActionsController } from './offer-actions/offer-actions.controller';
import { OfferActionsRepository } from './offer-actions/offer-actions.repository';
import { OfferActionsService } from './offer-actions/offer-actions.service';
import { FreshnessJob } from './reminders/freshness.job';
import { FreshnessService } from './reminders/freshness-pass.service';
import { FreshnessRepository } from './reminders/freshness.repository';

/**
 * Keeping the catalogue true: the nightly link check, the daily reminders to offers' contacts,
 * and the signed links in those reminders ("still current", "update", "close").
 */
@Module({})
export class FreshnessModule {
  static register(options: CatalogueOptions): DynamicModule {
    return {
      module: FreshnessModule,
      imports: [PUBLIC_RATE_LIMIT, OffersModule],
      controllers: [LinkReportController, OfferActionsController],
      providers: [
        { provide: CATALOGUE_OPTIONS, useValue: options },
        { provide: LinkChecker, useFactory: () => new LinkChecker(options.linkChecker) },
        LinkCheckRepository,
        LinkCheckProgressRepository,
        LinkCheckService,
        LinkCheckJob,
        LinkReportRepository,
        FreshnessRepository,
        FreshnessService,
        FreshnessJob,
        OfferActionsRepository,
        OfferActionsService,
      ],
      exports: [FreshnessService, LinkCheckService],
    };
  }
}
