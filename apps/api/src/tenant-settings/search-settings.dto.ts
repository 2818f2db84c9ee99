import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull } from '@socialkompas/http';
import { NEARBY_OFFERS, NearbyOffers } from '@socialkompas/tenancy';
import { IsIn } from 'class-validator';

/** How far a municipality's place searches reach; left out it stays as it is, null is refused (it would clear the choice). */
export class SearchSettingsDto {
  @ApiPropertyOptional({
    enum: NEARBY_OFFERS,
    description:
      "Whether a search around a place (postcode or near, with radius_km) also shows other municipalities' offers: off, those of the region, or all",
  })
  @OptionalNotNull()
  @IsIn(NEARBY_OFFERS, { message: `nearbyOffers skal være en af ${NEARBY_OFFERS.join(', ')}.` })
  nearbyOffers?: NearbyOffers;
}

export class SearchSettingsViewDto {
  @ApiProperty({ enum: NEARBY_OFFERS, example: 'off' })
  nearbyOffers!: NearbyOffers;
}
