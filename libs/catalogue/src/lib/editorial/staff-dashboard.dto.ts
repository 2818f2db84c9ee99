import { ApiProperty } from '@nestjs/swagger';

/** What needs the editors' attention in the tenant, as counts for the staff start page. */
export class StaffDashboardDto {
  @ApiProperty({
    description: 'Links called broken (3 failures over at least 2 runs), as in the link report',
  })
  brokenLinks!: number;

  @ApiProperty({ description: 'Offers flagged stale: reminded, and unanswered after the grace period' })
  staleOffers!: number;

  @ApiProperty({ description: 'Offers waiting for approval' })
  offersInReview!: number;

  @ApiProperty({ description: "Citizens' error reports not yet resolved" })
  openErrorReports!: number;

  @ApiProperty({ description: "Associations' corrections from reminder links not yet handled" })
  openUpdateRequests!: number;

  @ApiProperty({ description: "Associations' suggestions of new offers not yet accepted or rejected" })
  pendingSuggestions!: number;

  @ApiProperty({ description: "Associations' members' changes of their offers waiting for review" })
  pendingRevisions!: number;

  @ApiProperty({ description: 'Requests for access to an association not yet approved or rejected' })
  pendingAccessRequests!: number;

  @ApiProperty({ description: 'E-mails held (no SMTP server configured) or given up as failed' })
  heldOrFailedMail!: number;
}
