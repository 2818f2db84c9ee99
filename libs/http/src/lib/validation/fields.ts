import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { OptionalNotNull } from './optional-not-null';

/**
 * The optional fields every catalogue DTO has, each with its Danish message naming the field.
 * `nullable` says whether an explicit null clears the field (nullable columns) or is refused.
 */
export const OptionalText = (
  field: string,
  maxLength: number,
  options: { nullable?: boolean; example?: string } = {},
) =>
  applyDecorators(
    ApiPropertyOptional({ example: options.example, maxLength }),
    options.nullable ? IsOptional() : OptionalNotNull(),
    IsString({ message: `${field} skal være tekst.` }),
    MaxLength(maxLength, { message: `${field} må højst være ${maxLength} tegn.` }),
  );

export const OptionalEmail = (field: string, example = 'kontakt@forening.dk') =>
  applyDecorators(
    ApiPropertyOptional({ example }),
    IsOptional(),
    IsEmail({}, { message: `${field} skal være en gyldig e-mailadresse.` }),
  );

export const OptionalWebAddress = (field: string, example = 'https://forening.dk') =>
  applyDecorators(
    ApiPropertyOptional({ example }),
    IsOptional(),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: `${field} skal være en adresse, der begynder med http:// eller https://.` },
    ),
  );

export const OptionalPhone = (field: string, example = '+45 87 13 00 00') =>
  applyDecorators(
    ApiPropertyOptional({ example }),
    IsOptional(),
    // At least 8 digits: spaces alone are no number to call.
    Matches(/^\+?(?:[0-9] ?){8,15}$/, {
      message: `${field} skal være et telefonnummer med 8 cifre, evt. med +45.`,
    }),
  );
