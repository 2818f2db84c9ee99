import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  isISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';

/** A date with a time of day, in UTC or with an offset: `2026-12-03T09:15:00Z`, `2026-12-03T10:15+01:00`. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export const HSDS_FORMATS = ['json', 'ndjson'] as const;
export type HsdsFormat = (typeof HSDS_FORMATS)[number];

/** The largest page a client may ask for; `format=ndjson` streams everything without pages. */
export const HSDS_MAX_PER_PAGE = 500;

/** `true`/`false` (and 1/0) as the specification's boolean parameters; anything else is refused. */
const QueryBoolean = (parameter: string) => (target: object, key: string | symbol) => {
  ApiPropertyOptional({ type: Boolean })(target, key);
  IsOptional()(target, key);
  Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )(target, key);
  IsBoolean({ message: `${parameter} skal være true eller false.` })(target, key);
};

const QueryUuid = (parameter: string, description: string) => (target: object, key: string | symbol) => {
  ApiPropertyOptional({ format: 'uuid', description })(target, key);
  IsOptional()(target, key);
  IsUUID('all', { message: `${parameter} skal være et UUID, fx 3f2c1e9a-5b7d-4c1e-9f0a-2b3c4d5e6f70.` })(
    target,
    key,
  );
};

/** The parameters of every HSDS list: `search`, `page`, `per_page`, `format`. */
export class HsdsListQueryDto {
  @ApiPropertyOptional({ description: 'Full text search.' })
  @IsOptional()
  @IsString({ message: 'search skal være tekst.' })
  @MaxLength(200, { message: 'search må højst være 200 tegn.' })
  search?: string;

  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page skal være et heltal.' })
  @Min(1, { message: 'page skal være mindst 1.' })
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: HSDS_MAX_PER_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'per_page skal være et heltal.' })
  @Min(1, { message: 'per_page skal være mindst 1.' })
  @Max(HSDS_MAX_PER_PAGE, { message: `per_page må højst være ${HSDS_MAX_PER_PAGE}.` })
  per_page = 50;

  @ApiPropertyOptional({
    enum: HSDS_FORMATS,
    default: 'json',
    description: '`ndjson` streams every result without pages.',
  })
  @IsOptional()
  @IsIn(HSDS_FORMATS, { message: 'format skal være json eller ndjson.' })
  format: HsdsFormat = 'json';
}

/** What narrows a list of services (and of services at locations); filters combine with AND. */
export class HsdsServiceFilterDto extends HsdsListQueryDto {
  @QueryUuid('taxonomy_term_id', 'Services with this taxonomy term.')
  taxonomy_term_id?: string;

  @QueryUuid('taxonomy_id', 'Services with any term of this taxonomy.')
  taxonomy_id?: string;

  @QueryUuid('organization_id', 'Services of this organization.')
  organization_id?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Services modified on or after this datetime.' })
  @IsOptional()
  @ValidateBy({
    name: 'isDateTime',
    validator: {
      validate: (value) =>
        typeof value === 'string' && DATE_TIME.test(value) && isISO8601(value, { strict: true }),
      defaultMessage: () => 'modified_after skal være et tidspunkt som 2026-12-03T09:15:00Z.',
    },
  })
  modified_after?: string;

  @QueryBoolean('full')
  full?: boolean;
}

export class HsdsServicesQueryDto extends HsdsServiceFilterDto {
  @QueryBoolean('minimal')
  minimal?: boolean;
}

export class HsdsServiceAtLocationsQueryDto extends HsdsServiceFilterDto {
  @ApiPropertyOptional({
    example: '8000',
    description: 'A Danish postcode: places in it, or within `proximity` of its centre.',
  })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'postcode skal være et dansk postnummer med 4 cifre, fx 8000.' })
  postcode?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Metres from the centre of `postcode`.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'proximity skal være et helt antal meter.' })
  @Min(0, { message: 'proximity skal være et antal meter, 0 eller derover.' })
  @Max(1_000_000, { message: 'proximity må højst være 1000000 meter.' })
  proximity?: number;
}

export class HsdsOrganizationsQueryDto extends HsdsListQueryDto {
  @QueryBoolean('full')
  full?: boolean;

  @QueryBoolean('full_service')
  full_service?: boolean;
}

export class HsdsOrganizationQueryDto {
  @QueryBoolean('full_service')
  full_service?: boolean;
}

export class HsdsTaxonomyTermsQueryDto extends HsdsListQueryDto {
  @QueryUuid('taxonomy_id', 'Terms of this taxonomy.')
  taxonomy_id?: string;

  @QueryBoolean('top_only')
  top_only?: boolean;

  @QueryUuid('parent_id', 'Terms whose parent is this term.')
  parent_id?: string;
}
