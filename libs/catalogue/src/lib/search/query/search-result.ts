import { ApiProperty, PickType } from '@nestjs/swagger';
import { PageOf } from '@socialkompas/http';
import { TenantLink } from '@socialkompas/tenancy';
import { Location } from '../../offers/location.entity';
import { Offer } from '../../offers/offer.entity';
import { Schedule } from '../../offers/schedule.entity';
import { Organization } from '../../organizations/organization.entity';
import { TaxonomyTerm } from '../../taxonomy/taxonomy-term.entity';
import { VOCABULARIES } from '../../taxonomy/taxonomy.entity';
import { ListsByVocabulary, TermRef } from '../../taxonomy/taxonomy-view';
import { Point } from './snapshot-search';

/** Age groups are left out of a result's terms: its own ages say more, in fewer bytes on a phone. */
export const HIT_VOCABULARIES = ['challenge', 'target_group', 'activity', 'district'] as const;

export class HitOrganization extends PickType(Organization, ['id', 'name'] as const) {}

export class HitLocation extends PickType(Location, [
  'name',
  'address1',
  'postalCode',
  'city',
  'latitude',
  'longitude',
] as const) {}

export class HitSchedule extends PickType(Schedule, [
  'byday',
  'opensAt',
  'closesAt',
  'validFrom',
  'validTo',
  'description',
] as const) {}

export class HitTerm extends PickType(TaxonomyTerm, ['code', 'name'] as const) {}

export class HitTerms extends ListsByVocabulary(HitTerm, HIT_VOCABULARIES, false) {}

/** A published offer in a result list: what a card shows. */
export class SearchHit extends PickType(Offer, [
  'id',
  'name',
  'summary',
  'isFree',
  'feeAmount',
  'feesDescription',
  'attendingTypes',
  'languages',
  'minimumAge',
  'maximumAge',
  'referralRequired',
  'anonymous',
  'scheduleDescription',
  'assuredDate',
  'publishedAt',
] as const) {
  @ApiProperty({ type: HitOrganization })
  organization!: HitOrganization;

  @ApiProperty({ type: [HitLocation] })
  locations!: HitLocation[];

  @ApiProperty({ type: [HitSchedule], description: 'Opening times as HH:MM, earliest first' })
  schedules!: HitSchedule[];

  @ApiProperty({ description: 'HTML: the summary, or the text around the matches, which are in <mark>' })
  snippet!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'From near or postcode to the closest location' })
  distanceKm!: number | null;

  @ApiProperty({ type: HitTerms })
  terms!: HitTerms;

  @ApiProperty({ type: TenantLink, description: 'The tenant that publishes the offer' })
  tenant!: TenantLink;

  @ApiProperty({ description: 'An offer of the national tenant: shown as "Landsdækkende"' })
  national!: boolean;
}

export class FacetTerm extends TermRef {
  @ApiProperty({ type: 'integer', description: 'Results with this term' })
  count!: number;

  @ApiProperty({ description: 'Chosen in the search' })
  selected!: boolean;
}

/**
 * Per vocabulary, the terms that results have, and those chosen even without results; and the
 * same for the tenants results come from (`id` and `code` are then the tenant's slug).
 */
export class SearchFacets extends ListsByVocabulary(FacetTerm, VOCABULARIES, true) {
  @ApiProperty({
    type: [FacetTerm],
    description: 'By municipality; national offers under the national tenant, named "Landsdækkende"',
  })
  municipality!: FacetTerm[];

  @ApiProperty({ type: [FacetTerm], description: "By region: a region's own offers and its municipalities'" })
  region!: FacetTerm[];
}

export class SearchResult extends PageOf(SearchHit) {
  @ApiProperty({ type: Point, nullable: true, description: 'Where distances are measured from' })
  origin!: Point | null;

  @ApiProperty({ type: SearchFacets })
  facets!: SearchFacets;

  @ApiProperty({ type: [String], description: 'When nothing was found: the query with its words corrected' })
  didYouMean!: string[];
}
