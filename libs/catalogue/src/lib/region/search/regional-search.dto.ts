import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { LIFECYCLE_STATUSES, LifecycleStatus } from '../../core/lifecycle/lifecycle';
import { asList, SearchQueryDto } from '../../search/query/search-query.dto';
import { FacetTerm, SearchFacets, SearchHit, SearchResult } from '../../search/query/search-result';

/** The citizens' search parameters, and the offers' lifecycle status, which only staff search by. */
export class RegionalSearchQueryDto extends SearchQueryDto {
  @ApiPropertyOptional({
    description: 'Only offers in these statuses, comma separated (several = any); every status when absent',
    enum: LIFECYCLE_STATUSES,
    isArray: true,
    example: 'draft,in_review',
  })
  @IsOptional()
  @asList()
  @ArrayMaxSize(LIFECYCLE_STATUSES.length, {
    message: `status må højst have ${LIFECYCLE_STATUSES.length} værdier.`,
  })
  @IsIn(LIFECYCLE_STATUSES, {
    each: true,
    message: `status skal være en af ${LIFECYCLE_STATUSES.join(', ')}.`,
  })
  status?: LifecycleStatus[];
}

export class RegionalSearchHit extends SearchHit {
  @ApiProperty({ enum: LIFECYCLE_STATUSES })
  status!: LifecycleStatus;
}

export class RegionalSearchFacets extends SearchFacets {
  @ApiProperty({
    type: [FacetTerm],
    description: 'By lifecycle status (`id` and `code` are the status), disjunctive like the others',
  })
  status!: FacetTerm[];
}

/** A coordinator's search: like the citizens', over offers in every status, with a status facet. */
export class RegionalSearchResult extends SearchResult {
  @ApiProperty({ type: [RegionalSearchHit] })
  declare items: RegionalSearchHit[];

  @ApiProperty({ type: RegionalSearchFacets })
  declare facets: RegionalSearchFacets;
}
