import { ApiProperty } from '@nestjs/swagger';
import { ListOf } from '@socialkompas/http';
import { IsBoolean } from 'class-validator';

/** A published national offer in a municipality's list, and whether the municipality hides it. */
export class NationalOfferView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Sorglinjen' })
  name!: string;

  @ApiProperty({ example: 'Tal med en frivillig, når du har mistet en, du holder af.' })
  summary!: string;

  @ApiProperty({ example: 'Sorg og Savn – landsforeningen' })
  organizationName!: string;

  @ApiProperty({ description: "True when the offer does not appear in this municipality's search" })
  hidden!: boolean;
}

export class NationalOfferList extends ListOf(NationalOfferView) {}

/** The body of `PUT /api/v1/admin/national-offers/{id}`. */
export class SetNationalOfferHiddenDto {
  @ApiProperty({ description: "True hides the offer from this municipality's host; false shows it again" })
  @IsBoolean({ message: 'hidden skal være true eller false.' })
  hidden!: boolean;
}
