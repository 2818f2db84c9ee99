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
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalEmail, OptionalNotNull, OptionalPhone, OptionalText, OptionalWebAddress } from '@socialkompas/http';
import { ATTENDING_TYPES, AttendingType } from '../offer.entity';
import { ContactInputDto, LocationInputDto, ScheduleInputDto } from './offer-parts.dto';

/** The editable fields of an offer, shared by create and update. Lists replace the stored list. */
export class OfferFieldsDto {
  @ApiProperty({ description: 'The organisation behind the offer' })
  @IsUUID('all', { message: 'organizationId skal være et UUID.' })
  organizationId!: string;

  @ApiProperty({ example: 'Samtalegruppe for unge med angst' })
  @IsString({ message: 'name skal være tekst.' })
  @Length(3, 200, { message: 'name skal være mellem 3 og 200 tegn.' })
  name!: string;

  @OptionalText('alternateName', 200, { nullable: true })
  alternateName?: string;

  /** One or two sentences shown in search results. */
  @OptionalText('summary', 400)
  summary?: string;

  @OptionalText('description', 10_000)
  description?: string;

  @OptionalWebAddress('url', 'https://forening.dk/samtalegruppe')
  url?: string;

  @OptionalEmail('email')
  email?: string;

  @OptionalPhone('phone', '+45 70 20 30 40')
  phone?: string;

  /** How to get in touch or sign up. */
  @OptionalText('applicationProcess', 2000)
  applicationProcess?: string;

  /** Who the offer is for, in words. */
  @OptionalText('eligibilityDescription', 2000)
  eligibilityDescription?: string;

  @ApiPropertyOptional({ default: true })
  @OptionalNotNull()
  @IsBoolean({ message: 'isFree skal være true eller false.' })
  isFree?: boolean;

  @ApiPropertyOptional({ description: 'Price in kroner, for offers that are not free', example: 150 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'feeAmount skal være et beløb i kroner.' })
  @Min(0, { message: 'feeAmount kan ikke være negativ.' })
  @Max(99_999_999, { message: 'feeAmount er for stor.' })
  feeAmount?: number;

  @OptionalText('feesDescription', 500, { example: 'Kontingent 150 kr. om året' })
  feesDescription?: string;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean({ message: 'referralRequired skal være true eller false.' })
  referralRequired?: boolean;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean({ message: 'anonymous skal være true eller false.' })
  anonymous?: boolean;

  @ApiPropertyOptional({ enum: ATTENDING_TYPES, isArray: true, default: ['in_person'] })
  @OptionalNotNull()
  @ArrayMinSize(1, { message: 'attendingTypes skal have mindst én af in_person, online, phone.' })
  @ArrayUnique({ message: 'attendingTypes må ikke gentage en værdi.' })
  @IsIn(ATTENDING_TYPES, {
    each: true,
    message: 'attendingTypes må kun indeholde in_person, online og phone.',
  })
  attendingTypes?: AttendingType[];

  @ApiPropertyOptional({ example: ['da', 'en'], default: ['da'] })
  @OptionalNotNull()
  @ArrayMinSize(1, { message: 'languages skal have mindst ét sprog.' })
  @ArrayMaxSize(20, { message: 'languages må højst have 20 sprog.' })
  @ArrayUnique({ message: 'languages må ikke gentage et sprog.' })
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages skal være sprogkoder som da, en, ar.' })
  languages?: string[];

  @ApiPropertyOptional({ example: 13 })
  @IsOptional()
  @IsInt({ message: 'minimumAge skal være et helt antal år.' })
  @Min(0, { message: 'minimumAge kan ikke være negativ.' })
  @Max(130, { message: 'minimumAge må højst være 130.' })
  minimumAge?: number;

  @ApiPropertyOptional({ example: 25 })
  @IsOptional()
  @IsInt({ message: 'maximumAge skal være et helt antal år.' })
  @Min(0, { message: 'maximumAge kan ikke være negativ.' })
  @Max(130, { message: 'maximumAge må højst være 130.' })
  maximumAge?: number;

  @OptionalText('scheduleDescription', 1000, { example: 'Hver tirsdag kl. 17-19, undtagen i skoleferier' })
  scheduleDescription?: string;

  @ApiPropertyOptional({ description: 'Ids of challenge, target group and activity terms' })
  @OptionalNotNull()
  @ArrayMaxSize(50, { message: 'termIds må højst have 50 emneord.' })
  @ArrayUnique({ message: 'termIds må ikke gentage et emneord.' })
  @IsUUID('all', { each: true, message: 'termIds skal være emneordenes id (UUID).' })
  termIds?: string[];

  @ApiPropertyOptional({ type: [LocationInputDto] })
  @OptionalNotNull()
  @ArrayMaxSize(20, { message: 'locations må højst have 20 adresser.' })
  @ValidateNested({ each: true })
  @Type(() => LocationInputDto)
  locations?: LocationInputDto[];

  @ApiPropertyOptional({ type: [ScheduleInputDto] })
  @OptionalNotNull()
  @ArrayMaxSize(30, { message: 'schedules må højst have 30 tider.' })
  @ValidateNested({ each: true })
  @Type(() => ScheduleInputDto)
  schedules?: ScheduleInputDto[];

  @ApiPropertyOptional({ type: [ContactInputDto] })
  @OptionalNotNull()
  @ArrayMaxSize(10, { message: 'contacts må højst have 10 personer.' })
  @ValidateNested({ each: true })
  @Type(() => ContactInputDto)
  contacts?: ContactInputDto[];
}
