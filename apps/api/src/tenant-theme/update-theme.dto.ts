import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { HEX_COLOR } from '@socialkompas/theme';
import { Clearable, ClearablePublicWebAddress } from '@socialkompas/http';

const hexColor = (field: string) =>
  Matches(HEX_COLOR, { message: `${field} skal være en farve som #003d73: # og seks hexcifre.` });

/** A tenant administrator's change of the theme; a field left out stays as it is. */
export class UpdateThemeDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '#003d73',
    description:
      'Brand colour (#rrggbb) of buttons and the header, also used for links and headings on the white page. Null or "" returns to the default.',
  })
  @Clearable()
  @hexColor('primaryColor')
  primaryColor?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '#ffffff',
    description: 'Colour (#rrggbb) of text on the brand colour. Null or "" lets the client choose.',
  })
  @Clearable()
  @hexColor('primaryTextColor')
  primaryTextColor?: string | null;

  @ClearablePublicWebAddress('logoUrl', 2000, {
    example: 'https://www.aarhus.dk/logo.svg',
    description: 'The logo shown in the header.',
  })
  logoUrl?: string | null;
}
