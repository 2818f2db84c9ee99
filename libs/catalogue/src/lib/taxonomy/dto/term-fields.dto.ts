import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { OptionalNotNull, PartialNotNull, VersionDto } from '@socialkompas/http';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class TermFieldsDto {
  @ApiPropertyOptional({ description: 'URL-safe key; made from the name when left out', example: 'ensomhed' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/, { message: 'code må kun have små bogstaver a-z, tal og bindestreg.' })
  code?: string;

  @ApiProperty({ example: 'Ensomhed' })
  @IsString({ message: 'name skal være tekst.' })
  @Length(2, 80, { message: 'name skal være mellem 2 og 80 tegn.' })
  name!: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString({ message: 'description skal være tekst.' })
  @MaxLength(500, { message: 'description må højst være 500 tegn.' })
  description?: string;

  @ApiPropertyOptional({ example: ['alene', 'ingen venner'] })
  @OptionalNotNull()
  @ArrayMaxSize(30, { message: 'synonyms må højst have 30 ord.' })
  @ArrayUnique({ message: 'synonyms må ikke gentage et ord.' })
  @IsString({ each: true, message: 'synonyms skal være ord.' })
  @Length(2, 60, { each: true, message: 'synonyms skal hver være mellem 2 og 60 tegn.' })
  synonyms?: string[];

  @ApiPropertyOptional({
    description: 'Districts only: the postcodes the district covers',
    example: ['8000'],
  })
  @OptionalNotNull()
  @ArrayMaxSize(100, { message: 'postcodes må højst have 100 postnumre.' })
  @ArrayUnique({ message: 'postcodes må ikke gentage et postnummer.' })
  @Matches(/^[0-9]{4}$/, { each: true, message: 'postcodes skal være danske postnumre med 4 cifre.' })
  postcodes?: string[];
}

export class UpdateTermDto extends IntersectionType(
  PartialNotNull(OmitType(TermFieldsDto, ['code'])),
  VersionDto,
) {}
