import { Module } from '@nestjs/common';
import { StaffDashboardController } from './staff-dashboard.controller';
import { StaffDashboardRepository } from './staff-dashboard.repository';

/** The editors' overview: what needs attention across the catalogue. */
@Module({ controllers: [StaffDashboardController], providers: [StaffDashboardRepository] })
export class EditorialModule {}
