import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@socialkompas/http';
import { Transform, Type } from 'class-transformer';
import {
  IsUUID,
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TERM_REFERENCE } from '../../taxonomy/resolve-term-references';

export const SEARCH_SORTS = ['relevance', 'distance', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** `a,b` and repeated parameters (`?x=a&x=b`) both give a list. */
export const asList = () =>
  Transform(({ value }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((item: unknown) => String(item).split(','))
      .map((item: string) => item.trim())
      .filter(Boolean),
  );

const asBoolean = () =>
  Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  );

const termList = (parameter: string) => [
  IsOptional(),
  asList(),
  ArrayMaxSize(20, { message: `${parameter} må højst have 20 værdier.` }),
  Matches(TERM_REFERENCE, {
    each: true,
    message: `${parameter} skal være emneordenes kode eller id, fx ensomhed.`,
  }),
];

/** Tenants by slug, like term lists: several mean any of them. */
const tenantList = (parameter: string) => [
  IsOptional(),
  asList(),
  ArrayMaxSize(100, { message: `${parameter} må højst have 100 værdier.` }),
  Matches(/^[a-z][a-z0-9_]{1,40}$/, {
    each: true,
    message: `${parameter} skal være kommuners eller regioners adressenavn (slug), fx aarhus.`,
  }),
];

const composed =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorator) => decorator(target, key));

/** The public search's parameters, named as they appear in a shareable URL. */
export class SearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'What the citizen types, e.g. "ensom" or "angst unge"' })
  @IsOptional()
  @IsString({ message: 'q skal være tekst.' })
  @MaxLength(200, { message: 'q må højst være 200 tegn.' })
  q?: string;

  @ApiPropertyOptional({ description: 'Challenge term codes or ids, comma separated', example: 'ensomhed' })
  @composed(termList('challenge'))
  challenge?: string[];

  @ApiPropertyOptional({ example: 'unge' })
  @composed(termList('target_group'))
  target_group?: string[];

  @ApiPropertyOptional({ example: 'samtalegruppe' })
  @composed(termList('activity'))
  activity?: string[];

  @ApiPropertyOptional({ example: '13-17' })
  @composed(termList('age_group'))
  age_group?: string[];

  @ApiPropertyOptional({ description: 'District term codes or ids' })
  @composed(termList('district'))
  district?: string[];

  @ApiPropertyOptional({
    description:
      'Only offers of these municipalities (slugs, comma separated; the national tenant\'s slug for "Landsdækkende")',
    example: 'aarhus',
  })
  @composed(tenantList('municipality'))
  municipality?: string[];

  @ApiPropertyOptional({
    description: "Only offers of these regions' own and member municipalities (slugs, comma separated)",
    example: 'midtjylland',
  })
  @composed(tenantList('region'))
  region?: string[];

  @ApiPropertyOptional({
    description: 'An age ("15") or an age range ("13-17"); offers whose ages overlap it',
  })
  @IsOptional()
  @Matches(/^\d{1,3}(-\d{1,3})?$/, { message: 'age skal være en alder som 15 eller et interval som 13-17.' })
  age?: string;

  @ApiPropertyOptional({ description: 'Only the offers of this organisation (its id)', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'organization skal være et UUID.' })
  organization?: string;

  @ApiPropertyOptional({
    description: 'Danish postcode: distances are measured from its centre',
    example: '8000',
  })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'postcode skal være et dansk postnummer med 4 cifre.' })
  postcode?: string;

  @ApiPropertyOptional({
    description: 'A point "lat,lng": distances are measured from it',
    example: '56.1567,10.2108',
  })
  @IsOptional()
  @Matches(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, {
    message: 'near skal være en position som breddegrad,længdegrad, fx 56.1567,10.2108.',
  })
  near?: string;

  @ApiPropertyOptional({ description: 'Only offers within this many km of near/postcode' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'radius_km skal være et tal.' })
  @Min(0.1, { message: 'radius_km skal være mindst 0,1.' })
  @Max(500, { message: 'radius_km må højst være 500.' })
  radius_km?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @asBoolean()
  @IsBoolean({ message: 'free skal være true eller false.' })
  free?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @asBoolean()
  @IsBoolean({ message: 'online skal være true eller false.' })
  online?: boolean;

  @ApiPropertyOptional({ description: 'Only offers open right now (Danish time)' })
  @IsOptional()
  @asBoolean()
  @IsBoolean({ message: 'open_now skal være true eller false.' })
  open_now?: boolean;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS, { message: `sort skal være en af ${SEARCH_SORTS.join(', ')}.` })
  sort: SearchSort = 'relevance';
}

export class SuggestQueryDto {
  @ApiPropertyOptional({ description: 'The first letters typed' })
  @IsString({ message: 'q skal være tekst.' })
  @MaxLength(100, { message: 'q må højst være 100 tegn.' })
  q!: string;
}
