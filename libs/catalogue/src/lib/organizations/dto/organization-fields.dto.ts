import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../../validation/optional-not-null';

/** The editable fields of an organisation, shared by create and update. */
export class OrganizationFieldsDto {
  @ApiProperty({ example: 'Ældre Sagen Aarhus' })
  @IsString({ message: 'name skal være tekst.' })
  @Length(2, 200, { message: 'name skal være mellem 2 og 200 tegn.' })
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'alternateName skal være tekst.' })
  @MaxLength(200, { message: 'alternateName må højst være 200 tegn.' })
  alternateName?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString({ message: 'description skal være tekst.' })
  @MaxLength(5000, { message: 'description må højst være 5000 tegn.' })
  description?: string;

  @ApiPropertyOptional({ example: 'kontakt@forening.dk' })
  @IsOptional()
  @IsEmail({}, { message: 'email skal være en gyldig e-mailadresse.' })
  email?: string;

  @ApiPropertyOptional({ example: 'https://forening.dk' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website skal være en adresse, der begynder med http:// eller https://.' },
  )
  website?: string;

  @ApiPropertyOptional({ example: '+45 87 13 00 00' })
  @IsOptional()
  @Matches(/^\+?[0-9 ]{8,16}$/, { message: 'phone skal være et telefonnummer med 8 cifre, evt. med +45.' })
  phone?: string;

  @ApiPropertyOptional({ description: 'CVR-nummer', example: '12345678' })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, { message: 'taxId (CVR-nummer) skal være 8 cifre.' })
  taxId?: string;
}
