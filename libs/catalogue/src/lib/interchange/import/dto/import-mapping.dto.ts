import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { SHEET_FIELD_KEYS, SheetFieldKey } from '../import-fields';

const HEADER_MAX_LENGTH = 200;

/** Why a mapping's `columns` is not a map of known field keys to header names (or null). */
function columnsProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'Kolonner skal være et objekt fra felt til kolonneoverskrift.';
  }
  for (const [key, header] of Object.entries(value)) {
    if (!(SHEET_FIELD_KEYS as readonly string[]).includes(key)) {
      return `Kolonner: feltet «${key}» findes ikke. Brug et af: ${SHEET_FIELD_KEYS.join(', ')}.`;
    }
    if (header !== null && (typeof header !== 'string' || header.length > HEADER_MAX_LENGTH)) {
      return `Kolonner: ${key} skal være en kolonneoverskrift (tekst på højst ${HEADER_MAX_LENGTH} tegn) eller null.`;
    }
  }
  return undefined;
}

/** A sheet's column mapping, as the person chose it; the dry run is run again with it. */
export class ImportMappingDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    example: { name: 'Titel', organization: 'Forening', postalCode: 'Postnr', email: null },
    description: 'Field key → the header of the column that holds it, or null for none',
  })
  @IsObject({ message: 'Kolonner skal være et objekt fra felt til kolonneoverskrift.' })
  @ValidateBy({
    name: 'sheetColumns',
    validator: {
      validate: (value) => columnsProblem(value) === undefined,
      defaultMessage: (args) => columnsProblem(args?.value) ?? '',
    },
  })
  columns!: Partial<Record<SheetFieldKey, string | null>>;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Id' })
  @IsOptional()
  @IsString({ message: 'Id-kolonne skal være en kolonneoverskrift.' })
  @MaxLength(HEADER_MAX_LENGTH, { message: `Id-kolonne må højst være ${HEADER_MAX_LENGTH} tegn.` })
  externalIdColumn?: string | null;
}
