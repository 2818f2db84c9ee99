import { Module } from '@nestjs/common';
import { PUBLIC_RATE_LIMIT } from '../core/public-rate-limit';
import { OffersModule } from '../offers/offers.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { ErrorReportsController } from './error-reports/error-reports.controller';
import { ErrorReportsRepository } from './error-reports/error-reports.repository';
import { OfferSuggestionsController } from './suggestions/offer-suggestions.controller';
import { OfferSuggestionsRepository } from './suggestions/offer-suggestions.repository';
import { OfferSuggestionsService } from './suggestions/offer-suggestions.service';
import { UpdateRequestsController } from './update-requests/update-requests.controller';
import { UpdateRequestsRepository } from './update-requests/update-requests.repository';

/** What the public and associations send in for editors to resolve: error reports, suggestions, update requests. */
@Module({
  imports: [PUBLIC_RATE_LIMIT, OffersModule, OrganizationsModule, TaxonomyModule],
  controllers: [ErrorReportsController, OfferSuggestionsController, UpdateRequestsController],
  providers: [
    ErrorReportsRepository,
    OfferSuggestionsRepository,
    OfferSuggestionsService,
    UpdateRequestsRepository,
  ],
})
export class InboxModule {}
