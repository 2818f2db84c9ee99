import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  Matches,
} from 'class-validator';
import { ItemLabel, OptionalEmail, OptionalPhone, OptionalText, RequiredText } from '@socialkompas/http';
import { WEEKDAYS, Weekday } from '../schedule.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

/** Where an offer takes place. Coordinates are looked up from the postcode when left out. */
@ItemLabel('Sted')
export class LocationInputDto {
  @OptionalText('Stedets navn', 200, { example: 'Frivilligcenter Aarhus' })
  name?: string;

  @OptionalText('Adresse', 200, { example: 'Klostergade 37' })
  address1?: string;

  @ApiProperty({ example: '8000' })
  @Matches(/^[0-9]{4}$/, { message: 'Postnummer skal være et dansk postnummer med 4 cifre.' })
  postalCode!: string;

  @OptionalText('By', 100, { example: 'Aarhus C' })
  city?: string;

  @ApiPropertyOptional({ example: 56.1572, description: 'Left out: the centre of the postcode' })
  @IsOptional()
  @IsLatitude({ message: 'Breddegrad skal være et tal mellem -90 og 90.' })
  latitude?: number;

  @ApiPropertyOptional({ example: 10.2107, description: 'Left out: the centre of the postcode' })
  @IsOptional()
  @IsLongitude({ message: 'Længdegrad skal være et tal mellem -180 og 180.' })
  longitude?: number;

  @OptionalText('Tilgængelighed', 1000, { example: 'Elevator og handicaptoilet.' })
  accessibility?: string;

  @OptionalText('Transport', 1000, { example: 'Bus 3A til Klostertorv.' })
  transportation?: string;
}

/** A weekly opening: these days, from `opensAt` to `closesAt` (Danish local time). */
@ItemLabel('Tid')
export class ScheduleInputDto {
  @ApiProperty({ example: ['TU', 'TH'], enum: WEEKDAYS, isArray: true })
  @ArrayMinSize(1, { message: 'Dage skal have mindst én ugedag.' })
  @ArrayUnique({ message: 'Dage må ikke have den samme dag to gange.' })
  @IsIn(WEEKDAYS, { each: true, message: `Dage skal være ugedage blandt ${WEEKDAYS.join(', ')}.` })
  byday!: Weekday[];

  @ApiProperty({ example: '17:00' })
  @Matches(TIME, { message: 'Fra skal være et klokkeslæt som 17.00.' })
  opensAt!: string;

  @ApiProperty({ example: '19:00' })
  @Matches(TIME, { message: 'Til skal være et klokkeslæt som 19.00 (24.00 for midnat).' })
  closesAt!: string;

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @Matches(DATE, { message: 'Gælder fra skal være en dato som 2026-01-01.' })
  @IsISO8601({ strict: true }, { message: 'Gælder fra skal være en dato som 2026-01-01.' })
  validFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @Matches(DATE, { message: 'Gælder til skal være en dato som 2026-12-31.' })
  @IsISO8601({ strict: true }, { message: 'Gælder til skal være en dato som 2026-12-31.' })
  validTo?: string;

  @OptionalText('Bemærkning', 200, { example: 'Ulige uger' })
  description?: string;
}

/** A person to ask about the offer. */
@ItemLabel('Kontaktperson')
export class ContactInputDto {
  @RequiredText('Navn', 2, 200, 'Mette Jensen')
  name!: string;

  @OptionalText('Rolle', 200, { example: 'Frivilligkoordinator' })
  title?: string;

  @OptionalEmail('E-mail', 'mette@forening.dk')
  email?: string;

  @OptionalPhone('Telefon', '+45 20 30 40 50')
  phone?: string;
}
