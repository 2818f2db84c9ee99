import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { OfferConfirmation } from './offer-confirmation';
import { OffersEditorialController } from './offers-editorial.controller';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';
import { PostcodesController } from './postcodes.controller';

/** Offers: the editors' work on them, their lifecycle, and the postcodes places are put at. */
@Module({
  imports: [OrganizationsModule, TaxonomyModule],
  controllers: [OffersEditorialController, PostcodesController],
  providers: [OffersRepository, OffersService, OfferConfirmation],
  exports: [OffersService, OfferConfirmation],
})
export class OffersModule {}
