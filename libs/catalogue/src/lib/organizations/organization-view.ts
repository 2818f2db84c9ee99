import { ApiProperty, OmitType } from '@nestjs/swagger';
import { PageOf } from '@socialkompas/http';
import { LIFECYCLE_STATUSES, LifecycleStatus } from '../core/lifecycle/lifecycle';
import { Organization } from './organization.entity';
import type { OfferCountRow } from './organizations.repository';

/** What citizens see of an organisation: nothing of the editors' own flags. */
export class PublicOrganization extends OmitType(Organization, ['trusted'] as const) {}

export class PublicOrganizationPage extends PageOf(PublicOrganization) {}

/** An organisation's offers, counted per status. */
export class OfferCounts {
  @ApiProperty() draft!: number;
  @ApiProperty() in_review!: number;
  @ApiProperty() published!: number;
  @ApiProperty() archived!: number;
}

/** An organisation in the editors' list, with how many offers it has in each status. */
export class OrganizationListItem extends Organization {
  @ApiProperty({ type: OfferCounts })
  offerCounts!: OfferCounts;
}

export class OrganizationPage extends PageOf(OrganizationListItem) {}

export function publicOrganization({ trusted: _trusted, ...organization }: Organization): PublicOrganization {
  return organization;
}

/** Each organisation with its counts, every status present (0 where it has none). */
export function withOfferCounts(
  organizations: Organization[],
  rows: OfferCountRow[],
): OrganizationListItem[] {
  return organizations.map((organization) => {
    const offerCounts = Object.fromEntries(LIFECYCLE_STATUSES.map((status) => [status, 0])) as Record<
      LifecycleStatus,
      number
    >;
    for (const row of rows) if (row.organizationId === organization.id) offerCounts[row.status] = row.count;
    return { ...organization, offerCounts };
  });
}
