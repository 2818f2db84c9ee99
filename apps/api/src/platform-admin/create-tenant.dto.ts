import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CreateTenantInput, TENANT_KINDS, TENANT_SLUG_PATTERN, TenantKind } from '@socialkompas/tenancy';

export class CreateTenantDto implements CreateTenantInput {
  @ApiProperty({ example: 'aarhus' })
  @Matches(TENANT_SLUG_PATTERN, {
    message: 'slug skal være 2-41 tegn: små bogstaver, cifre og _, startende med et bogstav.',
  })
  slug!: string;

  @ApiProperty({ example: 'Aarhus Kommune' })
  @IsString({ message: 'name skal være tekst.' })
  @Length(2, 200, { message: 'name skal være mellem 2 og 200 tegn.' })
  name!: string;

  @ApiProperty({ enum: TENANT_KINDS })
  @IsIn(TENANT_KINDS, { message: `kind skal være en af: ${TENANT_KINDS.join(', ')}.` })
  kind!: TenantKind;

  @ApiPropertyOptional({ type: [String], example: ['tilbud.aarhus.dk'] })
  @IsOptional()
  @IsArray({ message: 'domains skal være en liste af værtsnavne.' })
  @ArrayMaxSize(10, { message: 'domains må højst have 10 værtsnavne.' })
  @IsString({ each: true, message: 'domains skal være en liste af værtsnavne.' })
  domains?: string[];

  @ApiPropertyOptional({
    example: 'midtjylland',
    description: 'Slug of the region a municipality belongs to',
  })
  @IsOptional()
  @Matches(TENANT_SLUG_PATTERN, { message: 'region skal være en regions slug, fx midtjylland.' })
  region?: string;
}
