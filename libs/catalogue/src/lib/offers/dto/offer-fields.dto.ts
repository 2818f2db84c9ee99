import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  OptionalEmail,
  OptionalNotNull,
  OptionalPhone,
  OptionalText,
  OptionalWebAddress,
  RequiredText,
} from '@socialkompas/http';
import { ATTENDING_TYPES, AttendingType } from '../offer.entity';
import { ContactInputDto, LocationInputDto, ScheduleInputDto } from './offer-parts.dto';

export const NAME_MAX_LENGTH = 200;

/** The editable fields of an offer, shared by create and update. Lists replace the stored list. */
export class OfferFieldsDto {
  @ApiProperty({ description: 'The organisation behind the offer' })
  @IsUUID('all', { message: 'Forening skal vælges.' })
  organizationId!: string;

  @RequiredText('Navn', 3, NAME_MAX_LENGTH, 'Samtalegruppe for unge med angst')
  name!: string;

  @OptionalText('Andet navn', 200, { nullable: true })
  alternateName?: string;

  /** One or two sentences shown in search results. */
  @OptionalText('Kort beskrivelse', 400)
  summary?: string;

  @OptionalText('Beskrivelse', 10_000)
  description?: string;

  @OptionalWebAddress('Hjemmeside', 'https://forening.dk/samtalegruppe')
  url?: string;

  @OptionalEmail('E-mail')
  email?: string;

  @OptionalPhone('Telefon', '+45 70 20 30 40')
  phone?: string;

  /** How to get in touch or sign up. */
  @OptionalText('Sådan kommer man i gang', 2000)
  applicationProcess?: string;

  /** Who the offer is for, in words. */
  @OptionalText('Hvem er tilbuddet for', 2000)
  eligibilityDescription?: string;

  @ApiPropertyOptional({ default: true })
  @OptionalNotNull()
  @IsBoolean({ message: 'Gratis skal være ja eller nej (true eller false).' })
  isFree?: boolean;

  @ApiPropertyOptional({ description: 'Price in kroner, for offers that are not free', example: 150 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'Beløb skal være et beløb i kroner, fx 150 eller 99,50.' })
  @Min(0, { message: 'Beløb kan ikke være negativt.' })
  @Max(99_999_999, { message: 'Beløb er for stort.' })
  feeAmount?: number;

  @OptionalText('Pris', 500, { example: 'Kontingent 150 kr. om året' })
  feesDescription?: string;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean({ message: 'Kræver henvisning skal være ja eller nej (true eller false).' })
  referralRequired?: boolean;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean({ message: 'Anonymt skal være ja eller nej (true eller false).' })
  anonymous?: boolean;

  @ApiPropertyOptional({ enum: ATTENDING_TYPES, isArray: true, default: ['in_person'] })
  @OptionalNotNull()
  @ArrayMinSize(1, { message: 'Deltagelse skal have mindst én måde: fremmøde, online eller telefon.' })
  @ArrayUnique({ message: 'Deltagelse må ikke have den samme måde to gange.' })
  @IsIn(ATTENDING_TYPES, {
    each: true,
    message: 'Deltagelse kan kun være fremmøde (in_person), online eller telefon (phone).',
  })
  attendingTypes?: AttendingType[];

  @ApiPropertyOptional({ example: ['da', 'en'], default: ['da'] })
  @OptionalNotNull()
  @ArrayMinSize(1, { message: 'Sprog skal have mindst ét sprog.' })
  @ArrayMaxSize(20, { message: 'Sprog må højst have 20 sprog.' })
  @ArrayUnique({ message: 'Sprog må ikke have det samme sprog to gange.' })
  @Matches(/^[a-z]{2}$/, {
    each: true,
    message: 'Sprog skal være sprogkoder med to bogstaver, fx da, en, ar.',
  })
  languages?: string[];

  @ApiPropertyOptional({ example: 13 })
  @IsOptional()
  @IsInt({ message: 'Alder fra skal være et helt antal år.' })
  @Min(0, { message: 'Alder fra kan ikke være negativ.' })
  @Max(130, { message: 'Alder fra må højst være 130.' })
  minimumAge?: number;

  @ApiPropertyOptional({ example: 25 })
  @IsOptional()
  @IsInt({ message: 'Alder til skal være et helt antal år.' })
  @Min(0, { message: 'Alder til kan ikke være negativ.' })
  @Max(130, { message: 'Alder til må højst være 130.' })
  maximumAge?: number;

  @OptionalText('Hvornår', 1000, { example: 'Hver tirsdag kl. 17-19, undtagen i skoleferier' })
  scheduleDescription?: string;

  @ApiPropertyOptional({ description: 'Ids of challenge, target group and activity terms' })
  @OptionalNotNull()
  @ArrayMaxSize(50, { message: 'Emner må højst være 50.' })
  @ArrayUnique({ message: 'Emner må ikke have det samme emne to gange.' })
  @IsUUID('all', { each: true, message: 'Emner skal være emnernes id (UUID).' })
  termIds?: string[];

  @ApiPropertyOptional({ type: [LocationInputDto] })
  @OptionalNotNull()
  @ArrayMaxSize(20, { message: 'Steder må højst være 20.' })
  @ValidateNested({ each: true })
  @Type(() => LocationInputDto)
  locations?: LocationInputDto[];

  @ApiPropertyOptional({ type: [ScheduleInputDto] })
  @OptionalNotNull()
  @ArrayMaxSize(30, { message: 'Tider må højst være 30.' })
  @ValidateNested({ each: true })
  @Type(() => ScheduleInputDto)
  schedules?: ScheduleInputDto[];

  @ApiPropertyOptional({ type: [ContactInputDto] })
  @OptionalNotNull()
  @ArrayMaxSize(10, { message: 'Kontaktpersoner må højst være 10.' })
  @ValidateNested({ each: true })
  @Type(() => ContactInputDto)
  contacts?: ContactInputDto[];
}
