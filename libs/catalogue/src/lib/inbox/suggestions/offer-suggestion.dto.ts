import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  IsObject,
  ValidateNested,
} from 'class-validator';
import { TERM_REFERENCE } from '../../taxonomy/resolve-term-references';
import { OptionalEmail, OptionalNotNull, OptionalPhone, OptionalText, OptionalWebAddress } from '@socialkompas/http';

const termCodes = (vocabulary: string, example: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], example: [example] }),
    OptionalNotNull(),
    IsArray({ message: `terms.${vocabulary} skal være en liste af emneord.` }),
    ArrayMaxSize(20, { message: `terms.${vocabulary} må højst have 20 emneord.` }),
    Matches(TERM_REFERENCE, {
      each: true,
      message: `terms.${vocabulary} skal være emneordenes kode eller id, fx ${example}.`,
    }),
  );

/** The terms an association chose, by code (or id), per vocabulary, as in GET /api/v1/taxonomy. */
export class SuggestedTermsDto {
  @termCodes('challenge', 'ensomhed')
  challenge?: string[];

  @termCodes('target_group', 'unge')
  target_group?: string[];

  @termCodes('activity', 'samtalegruppe')
  activity?: string[];

  @termCodes('age_group', 'teenagere')
  age_group?: string[];

  @termCodes('district', 'midtbyen')
  district?: string[];
}

/** An association's suggestion of a new offer, sent without login. */
export class OfferSuggestionDto {
  @ApiProperty({ example: 'Strikkecafé for ensomme ældre' })
  @IsString({ message: 'name skal være tekst.' })
  @Length(3, 200, { message: 'name skal være mellem 3 og 200 tegn.' })
  name!: string;

  @ApiProperty({ example: 'Vi mødes over kaffe og strikketøj. Alle kan være med, også begyndere.' })
  @IsString({ message: 'description skal være tekst.' })
  @Length(10, 5000, { message: 'description skal være mellem 10 og 5000 tegn.' })
  description!: string;

  @ApiProperty({ example: 'Foreningen Fællesskab' })
  @IsString({ message: 'organizationName skal være tekst.' })
  @Length(2, 200, { message: 'organizationName skal være mellem 2 og 200 tegn.' })
  organizationName!: string;

  @ApiProperty({ example: 'Mette Jensen', description: 'Whom the editors contact about the suggestion' })
  @IsString({ message: 'contactName skal være tekst.' })
  @Length(2, 200, { message: 'contactName skal være mellem 2 og 200 tegn.' })
  contactName!: string;

  /** email or phone, at least one: checked by the service, which knows both. */
  @OptionalEmail('E-mail', 'mette@faellesskab.dk')
  email?: string;

  @OptionalPhone('Telefon', '+45 20 30 40 50')
  phone?: string;

  @OptionalWebAddress('Hjemmeside', 'https://faellesskab.dk/strikkecafe')
  website?: string;

  @ApiPropertyOptional({ type: SuggestedTermsDto })
  @OptionalNotNull()
  @IsObject({
    message: 'terms skal være et objekt med emner pr. ordforråd, fx { "challenge": ["ensomhed"] }.',
  })
  @ValidateNested()
  @Type(() => SuggestedTermsDto)
  terms?: SuggestedTermsDto;

  @OptionalText('Hvor', 500, { example: 'Medborgerhuset, Vestergade 5, 8000 Aarhus C' })
  where?: string;

  @OptionalText('Hvornår', 1000, { example: 'Hver onsdag kl. 14-16' })
  when?: string;

  @ApiPropertyOptional({
    description: 'Leave out or empty. A field hidden from people, which only bots fill in.',
    maxLength: 500,
  })
  @IsOptional()
  @IsString({ message: 'website_url_confirm skal være tekst.' })
  @MaxLength(500, { message: 'website_url_confirm må højst være 500 tegn.' })
  website_url_confirm?: string;
}
