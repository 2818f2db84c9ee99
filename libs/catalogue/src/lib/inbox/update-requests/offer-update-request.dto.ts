import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalEmail, OptionalPhone, OptionalWebAddress } from '@socialkompas/http';

/** What an association may propose for its offer without a login; an editor applies it. */
export class OfferUpdateRequestDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Navnet skal være tekst.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Beskrivelsen skal være tekst.' })
  @MaxLength(5000, { message: 'Beskrivelsen må højst være 5000 tegn.' })
  description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Tidspunkterne skal være tekst.' })
  @MaxLength(500, { message: 'Tidspunkterne må højst være 500 tegn.' })
  scheduleDescription?: string;

  @OptionalPhone('Telefon')
  phone?: string;

  @OptionalEmail('E-mail')
  email?: string;

  @OptionalWebAddress('Hjemmeside')
  url?: string;

  @ApiPropertyOptional({ description: 'To the editors' })
  @IsOptional()
  @IsString({ message: 'Bemærkningen skal være tekst.' })
  @MaxLength(2000, { message: 'Bemærkningen må højst være 2000 tegn.' })
  note?: string;
}

export const UPDATE_FIELDS: { field: keyof OfferUpdateRequestDto; label: string; multiline?: boolean }[] = [
  { field: 'name', label: 'Navn på tilbuddet' },
  { field: 'description', label: 'Beskrivelse', multiline: true },
  { field: 'scheduleDescription', label: 'Hvornår (fx hver tirsdag kl. 17-19)' },
  { field: 'phone', label: 'Telefon' },
  { field: 'email', label: 'E-mail' },
  { field: 'url', label: 'Hjemmeside' },
  { field: 'note', label: 'Bemærkning til redaktionen', multiline: true },
];
