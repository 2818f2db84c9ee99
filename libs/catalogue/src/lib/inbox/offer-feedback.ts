import { ApiProperty } from '@nestjs/swagger';

/** Something sent in about an offer for the editors to resolve: an error report, an update request. */
export abstract class OfferFeedback {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  offerId!: string;

  @ApiProperty()
  offerName!: string;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty({ type: Date, nullable: true })
  resolvedAt!: Date | null;
}
