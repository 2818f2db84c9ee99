import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, Matches, MaxLength } from 'class-validator';
import { Clearable, ClearablePublicWebAddress } from '@socialkompas/http';

/** Eight digits, optionally in groups and after +45 or 0045: "89 40 20 00", "+45 8940 2000". */
const DANISH_PHONE = /^(?:(?:\+|00)45[ -]?)?(?:\d[ -]?){7}\d$/;

/** What the public footer shows; a field left out stays as it is, null or "" clears it. */
export class PublicContactSettingsDto {
  @ClearablePublicWebAddress('accessibilityStatementUrl', 2000, {
    example: 'https://www.was.digst.dk/aarhus-dk',
    description:
      'The accessibility statement ("Tilgængelighedserklæring"), linked in the footer and from /was.',
  })
  accessibilityStatementUrl?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 254,
    example: 'socialkompas@aarhus.dk',
    description: 'Where citizens write about the catalogue. Null or "" clears it.',
  })
  @Clearable()
  @MaxLength(254, { message: 'contactEmail må højst være 254 tegn.' })
  @IsEmail({}, { message: 'contactEmail skal være en gyldig e-mailadresse.' })
  contactEmail?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 30,
    example: '+45 89 40 20 00',
    description: 'Where citizens call about the catalogue. Null or "" clears it.',
  })
  @Clearable()
  @MaxLength(30, { message: 'contactPhone må højst være 30 tegn.' })
  @Matches(DANISH_PHONE, {
    message:
      'contactPhone skal være et dansk telefonnummer med 8 cifre, fx 89 40 20 00 eller +45 89 40 20 00.',
  })
  contactPhone?: string | null;
}
