import {
  DynamicModule,
  Global,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnModuleDestroy,
  OnModuleInit,
  RequestMethod,
} from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { rateLimits } from '@socialkompas/http';
import { DataSource } from 'typeorm';
import { RolesGuard } from './access/roles.guard';
import { RouteAccessCheck } from './access/route-access.check';
import { AuditLog } from './audit/audit-log';
import { AuditLogController } from './audit/audit-log.controller';
import { AuditLogRepository } from './audit/audit-log.repository';
import { AUTH_OPTIONS, AuthOptions } from './auth.options';
import { EmailLoginController } from './email-login/email-login.controller';
import { EmailLoginRepository } from './email-login/email-login.repository';
import { EmailLoginService } from './email-login/email-login.service';
import { AdminOidcController } from './oidc/admin-oidc.controller';
import { AuthController } from './oidc/auth.controller';
import { IdTokenVerifier } from './oidc/id-token-verifier';
import { IssuerDiscovery } from './oidc/issuer-discovery';
import { OidcConnectionTest } from './oidc/oidc-connection-test';
import { OidcHttp } from './oidc/oidc-http';
import { OidcProviderAdmin } from './oidc/oidc-provider-admin';
import { OidcProvidersRepository } from './oidc/oidc-providers.repository';
import { OidcSettingsService } from './oidc/oidc-settings';
import { PlatformAccessController } from './oidc/platform-access.controller';
import { PlatformOidcController } from './oidc/platform-oidc.controller';
import { StaffLoginService } from './oidc/staff-login.service';
import { TenantStrategies } from './oidc/tenant-strategies';
import { PostgresSessionStore } from './session/postgres-session-store';
import { sessionMiddleware } from './session/session.middleware';
import { StaffAuthenticationMiddleware } from './session/staff-authentication.middleware';
import { MembershipsRepository } from './users/memberships.repository';
import { MembershipsService } from './users/memberships.service';
import { StaffDirectory } from './users/staff-directory';
import { StaffDirectoryRepository } from './users/staff-directory.repository';
import { AssociationMemberships } from './users/association-memberships';
import { StaffInvitations } from './users/staff-invitations';
import { UsersAdminController } from './users/users-admin.controller';

const SWEEP_EXPIRED_SESSIONS_MS = 15 * 60_000;

/**
 * Staff login (OIDC per tenant), sessions, roles on every route, user administration and the
 * audit log. Global, so every feature module can record to the audit log.
 */
@Global()
@Module({})
export class AuthModule implements NestModule, OnModuleInit, OnModuleDestroy {
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly sessions: PostgresSessionStore,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        DiscoveryModule,
        // Counted in the application's shared store (Redis where there is one), as the public forms' limits.
        rateLimits({
          throttlers: [{ ttl: 60_000, limit: 60 }],
          errorMessage: 'For mange login-forsøg på kort tid. Prøv igen om lidt.',
        }),
      ],
      controllers: [
        AuthController,
        EmailLoginController,
        UsersAdminController,
        AuditLogController,
        PlatformAccessController,
        PlatformOidcController,
        AdminOidcController,
      ],
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        // `useExisting` keeps RolesGuard a provider of its own, so tests can replace it by class.
        RolesGuard,
        { provide: APP_GUARD, useExisting: RolesGuard },
        RouteAccessCheck,
        {
          provide: PostgresSessionStore,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new PostgresSessionStore(dataSource, options.idleTimeoutMinutes * 60_000),
        },
        AuditLogRepository,
        MembershipsRepository,
        StaffDirectoryRepository,
        OidcProvidersRepository,
        StaffAuthenticationMiddleware,
        AuditLog,
        OidcSettingsService,
        OidcHttp,
        OidcConnectionTest,
        IssuerDiscovery,
        IdTokenVerifier,
        TenantStrategies,
        StaffDirectory,
        StaffLoginService,
        MembershipsService,
        StaffInvitations,
        EmailLoginRepository,
        EmailLoginService,
        AssociationMemberships,
        OidcProviderAdmin,
      ],
      exports: [
        AUTH_OPTIONS,
        AuditLog,
        OidcSettingsService,
        PostgresSessionStore,
        MembershipsService,
        AssociationMemberships,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(sessionMiddleware(this.sessions, this.options), StaffAuthenticationMiddleware)
      .exclude(
        { path: 'health', method: RequestMethod.ALL },
        { path: 'health/{*rest}', method: RequestMethod.ALL },
      )
      .forRoutes({ path: '{*rest}', method: RequestMethod.ALL });
  }

  onModuleInit(): void {
    this.sweeper = setInterval(
      () => void this.sessions.deleteExpired().catch(() => undefined),
      SWEEP_EXPIRED_SESSIONS_MS,
    );
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}
