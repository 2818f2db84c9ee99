import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { OptionalEmail, OptionalPhone, OptionalText } from '@socialkompas/http';
import { WEEKDAYS, Weekday } from '../schedule.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

/** Where an offer takes place. Coordinates are looked up from the postcode when left out. */
export class LocationInputDto {
  @OptionalText('name', 200, { example: 'Frivilligcenter Aarhus' })
  name?: string;

  @OptionalText('address1', 200, { example: 'Klostergade 37' })
  address1?: string;

  @ApiProperty({ example: '8000' })
  @Matches(/^[0-9]{4}$/, { message: 'postalCode skal være et dansk postnummer med 4 cifre.' })
  postalCode!: string;

  @OptionalText('city', 100, { example: 'Aarhus C' })
  city?: string;

  @ApiPropertyOptional({ example: 56.1572 })
  @IsOptional()
  @IsLatitude({ message: 'latitude skal være en breddegrad mellem -90 og 90.' })
  latitude?: number;

  @ApiPropertyOptional({ example: 10.2107 })
  @IsOptional()
  @IsLongitude({ message: 'longitude skal være en længdegrad mellem -180 og 180.' })
  longitude?: number;

  @OptionalText('accessibility', 1000, { example: 'Elevator og handicaptoilet.' })
  accessibility?: string;

  @OptionalText('transportation', 1000, { example: 'Bus 3A til Klostertorv.' })
  transportation?: string;
}

/** A weekly opening: these days, from `opensAt` to `closesAt` (Danish local time). */
export class ScheduleInputDto {
  @ApiProperty({ example: ['TU', 'TH'], enum: WEEKDAYS, isArray: true })
  @ArrayMinSize(1, { message: 'byday skal have mindst én ugedag.' })
  @ArrayUnique({ message: 'byday må ikke have den samme dag to gange.' })
  @IsIn(WEEKDAYS, { each: true, message: `byday skal være ugedage blandt ${WEEKDAYS.join(', ')}.` })
  byday!: Weekday[];

  @ApiProperty({ example: '17:00' })
  @Matches(TIME, { message: 'opensAt skal være et klokkeslæt som 17:00.' })
  opensAt!: string;

  @ApiProperty({ example: '19:00' })
  @Matches(TIME, { message: 'closesAt skal være et klokkeslæt som 19:00 (24:00 for midnat).' })
  closesAt!: string;

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @Matches(DATE, { message: 'validFrom skal være en dato som 2026-01-01.' })
  @IsISO8601({ strict: true }, { message: 'validFrom skal være en dato som 2026-01-01.' })
  validFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @Matches(DATE, { message: 'validTo skal være en dato som 2026-12-31.' })
  @IsISO8601({ strict: true }, { message: 'validTo skal være en dato som 2026-12-31.' })
  validTo?: string;

  @OptionalText('description', 200, { example: 'Ulige uger' })
  description?: string;
}

/** A person to ask about the offer. */
export class ContactInputDto {
  @ApiProperty({ example: 'Mette Jensen' })
  @IsString({ message: 'name skal være tekst.' })
  @Length(2, 200, { message: 'name skal være mellem 2 og 200 tegn.' })
  name!: string;

  @OptionalText('title', 200, { example: 'Frivilligkoordinator' })
  title?: string;

  @OptionalEmail('email', 'mette@forening.dk')
  email?: string;

  @OptionalPhone('phone', '+45 20 30 40 50')
  phone?: string;
}
