import { Module } from '@nestjs/common';
import { HiddenNationalOffersModule } from './hidden-national-offers.module';
import { NationalCatalogue } from './national-catalogue';
import { NationalOffersAdminController } from './national-offers-admin.controller';
import { NationalOffersAdmin } from './national-offers-admin.service';
import { PublishedNationalOffersRepository } from './published-national-offers.repository';

/** National offers in a municipality: its administrator's list with a switch to hide each one here. */
@Module({
  imports: [HiddenNationalOffersModule],
  controllers: [NationalOffersAdminController],
  providers: [NationalOffersAdmin, NationalCatalogue, PublishedNationalOffersRepository],
})
export class NationalOffersModule {}
