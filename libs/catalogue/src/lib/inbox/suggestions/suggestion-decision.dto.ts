import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQueryDto } from '@socialkompas/http';
import { SUGGESTION_STATUSES, SuggestionStatus } from './offer-suggestion-view.dto';

const SHOWN = [...SUGGESTION_STATUSES, 'all'] as const;

export class OfferSuggestionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SHOWN, default: 'pending' })
  @IsOptional()
  @IsIn(SHOWN, { message: `state skal være en af: ${SHOWN.join(', ')}.` })
  state: SuggestionStatus | 'all' = 'pending';
}

export class AcceptSuggestionDto {
  @ApiPropertyOptional({
    description:
      'The organisation the offer belongs to. Left out: the one with the suggested name, or a new draft organisation of that name.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId skal være et UUID.' })
  organizationId?: string;
}

export class RejectSuggestionDto {
  @ApiProperty({ example: 'Tilbuddet findes allerede i kataloget.', description: 'Why, for the record' })
  @IsString({ message: 'reason skal være tekst.' })
  @Length(3, 1000, { message: 'reason skal være mellem 3 og 1000 tegn.' })
  reason!: string;
}
