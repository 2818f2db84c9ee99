import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule, CSRF_HEADER, DevelopmentIdpConnection } from '@socialkompas/auth';
import { CATALOGUE_ENTITIES, CatalogueModule, CatalogueOptions } from '@socialkompas/catalogue';
import { MailModule, MailOptions, smtpTransport } from '@socialkompas/mail';
import { MIGRATIONS } from '@socialkompas/migrations';
import { TENANCY_ENTITIES, TenancyModule, TenantAwareRequest } from '@socialkompas/tenancy';
import { JobsModule, JobsOptions } from '@socialkompas/jobs';
import { MetricsModule, RateLimitStorageModule } from '@socialkompas/http';
import { OperationsMetricsModule } from './metrics/operations-metrics.module';
import { Environment } from './config/environment';
import { publicSiteUrl, TENANT_URL, tenantUrl } from './config/tenant-url';
import { AccessibilityStatementService } from './accessibility-statement/accessibility-statement.service';
import { AdminAccessibilityStatementController } from './accessibility-statement/admin-accessibility-statement.controller';
import { PublicAccessibilityStatementController } from './accessibility-statement/public-accessibility-statement.controller';
import { OnboardingChecklistRepository } from './onboarding/onboarding-checklist.repository';
import { OnboardingChecklistService } from './onboarding/onboarding-checklist.service';
import { PlatformOnboardingController } from './onboarding/platform-onboarding.controller';
import { LogoFileController } from './tenant-theme/logo-file.controller';
import { TenantLogosRepository } from './tenant-theme/tenant-logos.repository';
import { TenantThemeService } from './tenant-theme/tenant-theme.service';
import { DatabaseHealthRepository } from './health/database-health.repository';
import { HealthController } from './health/health.controller';
import { Readiness } from './health/readiness';
import { PlatformTenantsController } from './platform-admin/platform-tenants.controller';
import { PlatformTenantBackupController } from './tenant-backup/platform-tenant-backup.controller';
import { TenantSettingsController } from './tenant-settings/tenant-settings.controller';
import { AuditedSettingsChange } from './tenant-settings/audited-settings-change';
import { TenantThemeController } from './tenant-theme/tenant-theme.controller';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
/** A login link's token in a logged address: unused, it would log whoever reads the log in. */
const LOGIN_LINK_TOKEN = /(\/auth\/email-login\/)[^/?#]+/;

/** What differs between the ways the application runs (API, worker, embedded demo, tests). */
export interface AppRuntime {
  /** The in-process IdP of the local run and the tests (never in production). */
  developmentIdp?: DevelopmentIdpConnection;
  /** Whether this process runs background jobs, only keeps their schedules, or neither. */
  jobs?: JobsOptions['role'];
  /** A Redis key prefix of the process's own (tests). */
  jobsPrefix?: string;
  /** The rate limits' Redis key prefix (tests: a run's own; instances that share limits share it). */
  rateLimitPrefix?: string;
  /** Test-only adjustments of the catalogue, e.g. the link checker's loopback allow-list. */
  catalogue?: Partial<CatalogueOptions>;
  /** Test-only: addresses an identity provider may have although forbidden, e.g. ['127.0.0.1']. */
  oidcAllowAddresses?: string[];
  /** Test-only adjustments of mail, e.g. a transport to an SMTP server of the test's own. */
  mail?: Partial<MailOptions>;
}

const LINK_CHECK_USER_AGENT = 'Socialkompas-linktjek/1.0 (+https://socialkompas.dk/linktjek)';

/** Wires the libs into one application for the validated environment. */
@Module({})
export class AppModule {
  static register(environment: Environment, runtime: AppRuntime = {}): DynamicModule {
    const { developmentIdp } = runtime;
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: environment.LOG_LEVEL,
            genReqId: (request, response) => {
              const incoming = request.headers['x-request-id'];
              const id =
                typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
              response.setHeader('x-request-id', id);
              return id;
            },
            customProps: (request) => ({ tenant: (request as TenantAwareRequest).tenant?.slug }),
            // A session's secrets: its cookie, a bearer token, and the CSRF token paired with the cookie.
            redact: ['req.headers.cookie', 'req.headers.authorization', `req.headers["${CSRF_HEADER}"]`],
            serializers: {
              req: (request: { url?: string; params?: unknown }) =>
                request.url && LOGIN_LINK_TOKEN.test(request.url)
                  ? {
                      ...request,
                      url: request.url.replace(LOGIN_LINK_TOKEN, '$1[Redacted]'),
                      params: '[Redacted]',
                    }
                  : request,
            },
            autoLogging: { ignore: (request) => /^\/(health|metrics)(\/|\?|$)/.test(request.url ?? '') },
          },
        }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: environment.DATABASE_URL,
          poolSize: environment.DATABASE_POOL_SIZE,
          entities: [...TENANCY_ENTITIES, ...CATALOGUE_ENTITIES],
          synchronize: false,
          migrationsRun: false,
        }),
        MetricsModule,
        RateLimitStorageModule.forRoot({ redisUrl: environment.REDIS_URL, prefix: runtime.rateLimitPrefix }),
        // Before AuthModule: Nest runs global modules' middleware in import order, and the
        // session middleware needs the tenant that TenancyModule's middleware resolves.
        TenancyModule.forRoot({
          baseDomain: environment.BASE_DOMAIN,
          migrations: MIGRATIONS,
          publicUrlOf: (tenant) => publicSiteUrl(tenant, environment),
          directDatabaseUrl: environment.DATABASE_DIRECT_URL,
        }),
        AuthModule.forRoot({
          sessionSecret: environment.SESSION_SECRET,
          previousSessionSecret: environment.SESSION_SECRET_PREVIOUS,
          secretsKey: environment.SECRETS_KEY,
          previousSecretsKey: environment.SECRETS_KEY_PREVIOUS,
          baseDomain: environment.BASE_DOMAIN,
          platformAdminTenant: environment.PLATFORM_ADMIN_TENANT,
          idleTimeoutMinutes: environment.SESSION_IDLE_MINUTES,
          absoluteTimeoutHours: environment.SESSION_ABSOLUTE_HOURS,
          publicUrlOf: (tenant) => tenantUrl(tenant.slug, environment),
          developmentIdp: environment.NODE_ENV === 'production' ? undefined : developmentIdp,
          outboundAllowAddresses: runtime.oidcAllowAddresses,
        }),
        MailModule.forRoot({
          transport: environment.SMTP_URL ? smtpTransport(environment.SMTP_URL) : null,
          from: environment.MAIL_FROM,
          ...runtime.mail,
        }),
        CatalogueModule.forRoot({
          actionLinkSecret: environment.SESSION_SECRET,
          previousActionLinkSecret: environment.SESSION_SECRET_PREVIOUS,
          publicUrlOf: (tenant) => tenantUrl(tenant.slug, environment),
          linkChecker: {
            userAgent: LINK_CHECK_USER_AGENT,
            allowOrigins: environment.LINK_CHECK_ALLOW_ORIGINS,
          },
          searchAnswerReuse: environment.SEARCH_ANSWER_REUSE === 'on',
          ...runtime.catalogue,
        }),
        JobsModule.forRoot({
          redisUrl: environment.REDIS_URL,
          role: runtime.jobs ?? 'schedule',
          prefix: runtime.jobsPrefix,
          reconcileEveryMs: environment.JOBS_RECONCILE_SECONDS * 1000,
        }),
        OperationsMetricsModule.register(environment.METRICS_TOKEN),
      ],
      controllers: [
        HealthController,
        PlatformTenantsController,
        PlatformTenantBackupController,
        TenantSettingsController,
        TenantThemeController,
        LogoFileController,
        PlatformOnboardingController,
        AdminAccessibilityStatementController,
        PublicAccessibilityStatementController,
      ],
      providers: [
        DatabaseHealthRepository,
        { provide: Readiness, useValue: new Readiness(environment.SHUTDOWN_DRAIN_SECONDS * 1000) },
        { provide: TENANT_URL, useValue: (slug: string) => tenantUrl(slug, environment) },
        TenantThemeService,
        AuditedSettingsChange,
        TenantLogosRepository,
        OnboardingChecklistService,
        OnboardingChecklistRepository,
        AccessibilityStatementService,
      ],
    };
  }
}
