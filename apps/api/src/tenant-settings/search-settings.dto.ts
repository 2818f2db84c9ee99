import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NEARBY_OFFERS, NearbyOffers } from '@socialkompas/tenancy';
import { IsIn, IsOptional } from 'class-validator';

/** How far a municipality's place searches reach; a field left out stays as it is. */
export class SearchSettingsDto {
  @ApiPropertyOptional({
    enum: NEARBY_OFFERS,
    description:
      "Whether a search around a place (postcode or near, with radius_km) also shows other municipalities' offers: off, those of the region, or all",
  })
  @IsOptional()
  @IsIn(NEARBY_OFFERS, { message: `nearbyOffers skal være en af ${NEARBY_OFFERS.join(', ')}.` })
  nearbyOffers?: NearbyOffers;
}

export class SearchSettingsViewDto {
  @ApiProperty({ enum: NEARBY_OFFERS, example: 'off' })
  nearbyOffers!: NearbyOffers;
}
