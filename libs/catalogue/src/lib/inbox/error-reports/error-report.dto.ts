import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQueryDto } from '@socialkompas/http';

/** A citizen's note that something about an offer is wrong. No name needed; an e-mail only if they want an answer. */
export class ErrorReportDto {
  @ApiProperty()
  @IsUUID('all', { message: 'offerId skal være et UUID.' })
  offerId!: string;

  @ApiProperty({ example: 'Telefonnummeret virker ikke længere.' })
  @IsString({ message: 'message skal være tekst.' })
  @Length(5, 1000, { message: 'message skal være mellem 5 og 1000 tegn.' })
  message!: string;

  @ApiPropertyOptional({ description: 'Only if the reporter wants an answer' })
  @IsOptional()
  @IsEmail({}, { message: 'email skal være en gyldig e-mailadresse.' })
  email?: string;
}

export const REPORT_STATES = ['open', 'resolved', 'all'] as const;

export class ErrorReportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REPORT_STATES, default: 'open' })
  @IsOptional()
  @IsIn(REPORT_STATES, { message: `state skal være en af ${REPORT_STATES.join(', ')}.` })
  state: (typeof REPORT_STATES)[number] = 'open';
}
