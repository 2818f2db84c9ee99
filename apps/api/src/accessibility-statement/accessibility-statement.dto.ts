import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ClearablePublicWebAddress } from '@socialkompas/http';
import {
  GeneratedAccessibilityStatement,
  STATEMENT_COMPLIANCE,
  STATEMENT_EVALUATION,
} from '@socialkompas/tenancy';

/** A text that may be left out or null, typed as such in the OpenAPI document. */
const OptionalNullableText = (label: string, maxLength: number) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength }),
    IsOptional(),
    IsString({ message: `${label} skal være tekst.` }),
    MaxLength(maxLength, { message: `${label} må højst være ${maxLength} tegn.` }),
  );

/** The details of a statement written from the model's headings. */
export class GeneratedStatementDto implements GeneratedAccessibilityStatement {
  @ApiProperty({
    enum: STATEMENT_COMPLIANCE,
    description: 'Overholdelsesstatus: meets EN 301 549 fully, partly or not',
  })
  @IsIn(STATEMENT_COMPLIANCE, { message: 'Overholdelsesstatus skal være fuldt ud, delvist eller ikke.' })
  compliance!: GeneratedAccessibilityStatement['compliance'];

  @ApiProperty({
    enum: STATEMENT_EVALUATION,
    description: 'Evaluated by the tenant itself, an outside party, or another method',
  })
  @IsIn(STATEMENT_EVALUATION, {
    message: 'Vurderingsmetode skal være egen vurdering, ekstern part eller anden metode.',
  })
  evaluation!: GeneratedAccessibilityStatement['evaluation'];

  @OptionalNullableText('Beskrivelse af metoden', 1000)
  evaluationNote!: string | null;

  @OptionalNullableText('Ikke-tilgængeligt indhold', 4000)
  inaccessibleContent!: string | null;

  @ApiProperty({ example: '2026-12-03', description: 'When the statement was prepared' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'Dato skal være en dato som 2026-12-03.',
  })
  preparedOn!: string;

  @ApiProperty({ example: 'tilgaengelighed@odder.dk' })
  @MaxLength(254, { message: 'Kontakt-e-mail må højst være 254 tegn.' })
  @IsEmail({}, { message: 'Kontakt-e-mail skal være en gyldig e-mailadresse.' })
  contactEmail!: string;

  @ApiProperty({ example: '+45 87 80 33 33' })
  @Matches(/^(?:(?:\+|00)45[ -]?)?(?:\d[ -]?){7}\d$/, {
    message: 'Kontakttelefon skal være et dansk telefonnummer med 8 cifre, fx 87 80 33 33.',
  })
  contactPhone!: string;
}

/** Either the address of the tenant's own statement (e.g. on was.digst.dk) or the details of one to generate. */
export class PutAccessibilityStatementDto {
  @ClearablePublicWebAddress('url', 2000, {
    example: 'https://www.was.digst.dk/odder-dk',
    description: "The tenant's own statement, e.g. made with the WAS-Tool.",
  })
  url?: string | null;

  @ApiPropertyOptional({ type: GeneratedStatementDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeneratedStatementDto)
  generated?: GeneratedStatementDto | null;
}

export class AccessibilityStatementView {
  @ApiProperty({ type: String, nullable: true })
  url!: string | null;

  @ApiProperty({ type: GeneratedStatementDto, nullable: true })
  generated!: GeneratedStatementDto | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where the footer and /was link to',
    example: '/tilgaengelighed',
  })
  address!: string | null;
}

/** A generated statement as the public page shows it. */
export class PublicAccessibilityStatement extends GeneratedStatementDto {
  @ApiProperty({ example: 'Odder Kommune' })
  tenantName!: string;

  @ApiProperty({ example: 'https://odder.socialkompas.dk' })
  siteUrl!: string;
}
