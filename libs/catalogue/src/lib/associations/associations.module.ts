import { Module } from '@nestjs/common';
import { PUBLIC_RATE_LIMIT } from '../core/public-rate-limit';
import { OffersModule } from '../offers/offers.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccessRequestsRepository } from './access-requests.repository';
import { AccessRequestsService } from './access-requests.service';
import { AssociationAccessController } from './association-access.controller';
import { AssociationOffersController } from './association-offers.controller';
import { AssociationOffersRepository } from './association-offers.repository';
import { AssociationOffersService } from './association-offers.service';
import { OfferRevisionsController } from './offer-revisions.controller';
import { OfferRevisionsRepository } from './offer-revisions.repository';
import { OfferRevisionsService } from './offer-revisions.service';

/**
 * Associations that keep their own offers: their people's access (invitations and requests), their
 * own offers with freshness, and the revisions of untrusted associations that editors review.
 */
@Module({
  imports: [PUBLIC_RATE_LIMIT, OffersModule, OrganizationsModule],
  controllers: [AssociationOffersController, OfferRevisionsController, AssociationAccessController],
  providers: [
    AssociationOffersRepository,
    AssociationOffersService,
    OfferRevisionsRepository,
    OfferRevisionsService,
    AccessRequestsRepository,
    AccessRequestsService,
  ],
})
export class AssociationsModule {}
