import { Module } from '@nestjs/common';
import { HsdsProfileController } from './hsds-profile.controller';

/** The Danish HSDS profile, its schemas and the profiled API specification, served under `/hsds/`. */
@Module({ controllers: [HsdsProfileController] })
export class HsdsProfileModule {}
