import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateBy } from 'class-validator';
import { OptionalNotNull } from './optional-not-null';

/**
 * The fields every catalogue DTO has, each with its Danish message. A message names the field by
 * the label the person sees in the form ("Kort beskrivelse må højst være 400 tegn."), never by the
 * API's name for it; the error's `field` keeps the API's name, so a client finds its control.
 * `nullable` says whether an explicit null clears the field (nullable columns) or is refused.
 */
export const OptionalText = (
  label: string,
  maxLength: number,
  options: { nullable?: boolean; example?: string } = {},
) =>
  applyDecorators(
    ApiPropertyOptional({ example: options.example, maxLength }),
    options.nullable ? IsOptional() : OptionalNotNull(),
    IsString({ message: `${label} skal være tekst.` }),
    MaxLength(maxLength, { message: `${label} må højst være ${maxLength} tegn.` }),
  );

/** What is wrong with a required text, in one message: missing, not text, or too short or long. */
function requiredTextProblem(label: string, value: unknown, minLength: number, maxLength: number) {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return `${label} skal udfyldes.`;
  }
  if (typeof value !== 'string') return `${label} skal være tekst.`;
  if (value.length < minLength || value.length > maxLength) {
    return `${label} skal være mellem ${minLength} og ${maxLength} tegn.`;
  }
  return undefined;
}

/** A text that must be given: "Navn skal udfyldes." when it is missing or blank. */
export const RequiredText = (label: string, minLength: number, maxLength: number, example?: string) =>
  applyDecorators(
    ApiProperty({ example, minLength, maxLength }),
    ValidateBy({
      name: 'requiredText',
      validator: {
        validate: (value) => requiredTextProblem(label, value, minLength, maxLength) === undefined,
        defaultMessage: (args) => requiredTextProblem(label, args?.value, minLength, maxLength) ?? '',
      },
    }),
  );

export const OptionalEmail = (label: string, example = 'kontakt@forening.dk') =>
  applyDecorators(
    ApiPropertyOptional({ example }),
    IsOptional(),
    IsEmail({}, { message: `${label} skal være en gyldig e-mailadresse.` }),
  );

export const OptionalWebAddress = (label: string, example = 'https://forening.dk') =>
  applyDecorators(
    ApiPropertyOptional({ example }),
    IsOptional(),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: `${label} skal være en adresse, der begynder med http:// eller https://.` },
    ),
  );

export const OptionalPhone = (label: string, example = '+45 87 13 00 00') =>
  applyDecorators(
    ApiPropertyOptional({ example }),
    IsOptional(),
    // At least 8 digits: spaces alone are no number to call.
    Matches(/^\+?(?:[0-9] ?){8,15}$/, {
      message: `${label} skal være et telefonnummer med 8 cifre, evt. med +45.`,
    }),
  );
