import { Module } from '@nestjs/common';
import { HiddenNationalOffersRepository } from './hidden-national-offers.repository';

/**
 * The municipality's hidden national offers on their own, without the admin routes, so search can
 * import it to leave them out without depending on the feature that switches them.
 */
@Module({
  providers: [HiddenNationalOffersRepository],
  exports: [HiddenNationalOffersRepository],
})
export class HiddenNationalOffersModule {}
