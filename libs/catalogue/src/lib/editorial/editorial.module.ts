import { Module } from '@nestjs/common';
import { StaffDashboardController } from './staff-dashboard.controller';

/** The editors' overview: what needs attention across the catalogue. */
@Module({ controllers: [StaffDashboardController] })
export class EditorialModule {}
