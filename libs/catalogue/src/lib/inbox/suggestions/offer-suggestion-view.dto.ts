import { ApiProperty } from '@nestjs/swagger';
import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';

export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** What the public form gets back, whether the suggestion was stored or caught as spam. */
export class SuggestionReceivedDto {
  @ApiProperty({ example: 'Tak for forslaget! Redaktionen kigger på det og kontakter jer.' })
  message!: string;
}

export class SuggestedTermDto {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: VOCABULARIES })
  vocabulary!: Vocabulary;

  @ApiProperty({ example: 'ensomhed' })
  code!: string;

  @ApiProperty({ example: 'Ensomhed' })
  name!: string;
}

/** The place read from the suggestion's "where", which accepting copies into the draft to check. */
export class SuggestedPlaceDto {
  @ApiProperty({ required: false, example: 'Medborgerhuset' })
  name?: string;

  @ApiProperty({ required: false, example: 'Vestergade 5' })
  address1?: string;

  @ApiProperty({ example: '8000' })
  postalCode!: string;

  @ApiProperty({ example: 'Aarhus C' })
  city!: string;
}

/** A suggestion as editors review it. */
export class OfferSuggestionViewDto {
  @ApiProperty()
  id!: string;

  @ApiProperty({ example: 'Strikkecafé for ensomme ældre' })
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ example: 'Foreningen Fællesskab' })
  organizationName!: string;

  @ApiProperty({ example: 'Mette Jensen' })
  contactName!: string;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  website!: string | null;

  @ApiProperty({ type: [SuggestedTermDto] })
  terms!: SuggestedTermDto[];

  @ApiProperty({ description: 'Where the offer takes place, in the association’s words' })
  where!: string;

  @ApiProperty({
    type: SuggestedPlaceDto,
    nullable: true,
    description: 'The place read from `where`; null when it names no Danish postcode',
  })
  place!: SuggestedPlaceDto | null;

  @ApiProperty({ description: 'When the offer takes place, in the association’s words' })
  when!: string;

  @ApiProperty({ enum: SUGGESTION_STATUSES })
  status!: SuggestionStatus;

  @ApiProperty({ type: String, nullable: true, description: 'The draft offer an accepted suggestion became' })
  offerId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  rejectionReason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The editor who accepted or rejected it' })
  decidedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

export class OfferSuggestionPageDto {
  @ApiProperty({ type: [OfferSuggestionViewDto] })
  items!: OfferSuggestionViewDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  size!: number;
}
