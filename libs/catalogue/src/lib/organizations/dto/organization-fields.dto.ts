import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import {
  OptionalEmail,
  OptionalNotNull,
  OptionalPhone,
  OptionalText,
  OptionalWebAddress,
} from '@socialkompas/http';

/**
 * The editable fields of an organisation, shared by create and update. The messages name each
 * field by the Danish label editors see in the form.
 */
export class OrganizationFieldsDto {
  @ApiProperty({ example: 'Ældre Sagen Aarhus' })
  @IsString({ message: 'Navn skal være tekst.' })
  @Length(2, 200, { message: 'Navn skal være mellem 2 og 200 tegn.' })
  name!: string;

  @OptionalText('Andet navn', 200, { nullable: true })
  alternateName?: string;

  @OptionalText('Beskrivelse', 5000)
  description?: string;

  @OptionalEmail('E-mail')
  email?: string;

  @OptionalWebAddress('Hjemmeside')
  website?: string;

  @OptionalPhone('Telefon')
  phone?: string;

  @ApiPropertyOptional({ description: 'CVR-nummer', example: '12345678' })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, { message: 'CVR-nummer skal være 8 cifre.' })
  taxId?: string;

  @ApiPropertyOptional({
    description: 'Betroet forening: its own changes are published without an editor’s review',
  })
  @OptionalNotNull()
  @IsBoolean({ message: 'Betroet forening skal være true eller false.' })
  trusted?: boolean;
}
