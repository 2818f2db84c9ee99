import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenancyService } from './context/tenancy.service';
import { AccessibilityStatementController } from './http/accessibility-statement.controller';
import { PublicTenantController } from './http/public-tenant.controller';
import {
  OptionalTenantResolutionMiddleware,
  TenantResolutionMiddleware,
} from './http/tenant-resolution.middleware';
import { TenantUnitOfWorkInterceptor } from './http/tenant-unit-of-work.interceptor';
import { MigrationRunner } from './migrations/migration-runner';
import { NetworkTenantsController } from './network/network-tenants.controller';
import { PublishedReadPath } from './network/published-read-path';
import { TenantProvisioningService } from './provisioning/tenant-provisioning.service';
import { TenantRegistry } from './registry/tenant-registry.service';
import { TENANCY_OPTIONS, TenancyOptions } from './tenancy.options';

/** Routes that belong to the platform, not to a tenant: any host may serve them. */
export const PLATFORM_ROUTES = [
  'health',
  'health/{*rest}',
  'metrics',
  'api/docs',
  'api/docs-json',
  'api/v1/platform',
  'api/v1/platform/{*rest}',
];

/** Platform routes whose caller may be a tenant's logged-in staff (the platform administrators). */
const STAFF_PLATFORM_ROUTES = ['api/v1/platform', 'api/v1/platform/{*rest}'];

@Global()
@Module({})
export class TenancyModule implements NestModule {
  static forRoot(options: TenancyOptions): DynamicModule {
    return {
      module: TenancyModule,
      controllers: [PublicTenantController, AccessibilityStatementController, NetworkTenantsController],
      providers: [
        { provide: TENANCY_OPTIONS, useValue: options },
        TenancyService,
        TenantRegistry,
        PublishedReadPath,
        TenantResolutionMiddleware,
        OptionalTenantResolutionMiddleware,
        TenantUnitOfWorkInterceptor,
        {
          provide: MigrationRunner,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new MigrationRunner(dataSource, options.migrations),
        },
        {
          provide: TenantProvisioningService,
          inject: [DataSource, MigrationRunner],
          useFactory: (dataSource: DataSource, runner: MigrationRunner) =>
            new TenantProvisioningService(dataSource, runner, options.baseDomain),
        },
      ],
      exports: [
        TENANCY_OPTIONS,
        TenancyService,
        TenantRegistry,
        PublishedReadPath,
        TenantUnitOfWorkInterceptor,
        MigrationRunner,
        TenantProvisioningService,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(TenantResolutionMiddleware)
      .exclude(...PLATFORM_ROUTES.map((path) => ({ path, method: RequestMethod.ALL })))
      .forRoutes({ path: '{*rest}', method: RequestMethod.ALL });
    consumer
      .apply(OptionalTenantResolutionMiddleware)
      .forRoutes(...STAFF_PLATFORM_ROUTES.map((path) => ({ path, method: RequestMethod.ALL })));
  }
}
