import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EDITORIAL_ROLES, Roles } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { StaffDashboardDto } from './staff-dashboard.dto';
import { StaffDashboardRepository } from './staff-dashboard.repository';

/** The staff start page's counts of what needs attention, in one round trip. */
@ApiTags('dashboard')
@Controller('api/v1/admin/dashboard')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles(...EDITORIAL_ROLES)
export class StaffDashboardController {
  constructor(private readonly dashboard: StaffDashboardRepository) {}

  @Get()
  @ApiOkResponse({ type: StaffDashboardDto })
  counts(): Promise<StaffDashboardDto> {
    return this.dashboard.counts();
  }
}
