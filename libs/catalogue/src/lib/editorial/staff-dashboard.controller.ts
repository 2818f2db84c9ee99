import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EDITORIAL_ROLES, Roles } from '@socialkompas/http';
import { TenancyService, TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { StaffDashboardDto } from './staff-dashboard.dto';

/** Each count is the total of the matching editors' list (link report, offers, error reports, …). */
const COUNTS = `
  SELECT
    (SELECT count(*)::int FROM link_checks WHERE result = 'broken') AS "brokenLinks",
    (SELECT count(*)::int FROM offers WHERE stale_since IS NOT NULL) AS "staleOffers",
    (SELECT count(*)::int FROM offers WHERE status = 'in_review') AS "offersInReview",
    (SELECT count(*)::int FROM error_reports WHERE resolved_at IS NULL) AS "openErrorReports",
    (SELECT count(*)::int FROM offer_update_requests WHERE resolved_at IS NULL) AS "openUpdateRequests",
    (SELECT count(*)::int FROM offer_suggestions WHERE status = 'pending') AS "pendingSuggestions",
    (SELECT count(*)::int FROM outbox WHERE status IN ('held', 'failed')) AS "heldOrFailedMail"`;

/** The staff start page's counts of what needs attention, in one round trip. */
@ApiTags('dashboard')
@Controller('api/v1/admin/dashboard')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles(...EDITORIAL_ROLES)
export class StaffDashboardController {
  constructor(private readonly tenancy: TenancyService) {}

  @Get()
  @ApiOkResponse({ type: StaffDashboardDto })
  async counts(): Promise<StaffDashboardDto> {
    const [counts] = await this.tenancy.currentManager().query(COUNTS);
    return counts;
  }
}
