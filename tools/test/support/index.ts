import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CATALOGUE_ENTITIES, CatalogueOptions } from '@socialkompas/catalogue';
import type { MailOptions } from '@socialkompas/mail';
import { MIGRATIONS } from '@socialkompas/migrations';
import {
  CreateTenantInput,
  MigrationRunner,
  MigrationSets,
  TENANCY_ENTITIES,
  TenantProvisioningService,
} from '@socialkompas/tenancy';
import { DevelopmentIdpConnection, RolesGuard, StaffAwareRequest } from '@socialkompas/auth';
import { Environment, loadEnvironment } from '../../../apps/api/src/config/environment';
import { Test } from '@nestjs/testing';
import type { ExecutionContext } from '@nestjs/common';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/create-app';

/** The run's own database, created by tools/test/global-setup.js. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through `npm test`.');
  return url;
}

export function testEnvironment(overrides: Record<string, string> = {}): Environment {
  return loadEnvironment({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    SESSION_SECRET: 'test-session-secret-that-is-long-enough',
    LOG_LEVEL: 'silent',
    BASE_DOMAIN: 'localhost',
    WEB_DIST_DIR: '/nonexistent',
    ...overrides,
  });
}

/** A slug no other test file uses, so test files can share the run's database in parallel. */
export function uniqueSlug(prefix = 't'): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

export async function openTestDataSource(
  options: { poolSize?: number; url?: string } = {},
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url ?? testDatabaseUrl(),
    poolSize: options.poolSize ?? 10,
    entities: [...TENANCY_ENTITIES, ...CATALOGUE_ENTITIES],
  });
  return dataSource.initialize();
}

/** Tenancy services over a data source, as the application wires them. */
export function tenancyFor(dataSource: DataSource, migrations: MigrationSets = MIGRATIONS) {
  const migrationRunner = new MigrationRunner(dataSource, migrations);
  const provisioning = new TenantProvisioningService(dataSource, migrationRunner, 'localhost');
  return { migrationRunner, provisioning };
}

export interface TestApp {
  app: NestExpressApplication;
  provision(
    input: Omit<CreateTenantInput, 'kind'> & Partial<Pick<CreateTenantInput, 'kind'>>,
  ): ReturnType<TenantProvisioningService['createTenant']>;
  close(): Promise<void>;
}

/**
 * For tests of what role-protected routes do inside (and never outside) the request's tenant,
 * without a login per test: every request acts as a platform administrator of the host's tenant.
 * Login itself is tested through the real IdP in apps/api/test/auth.
 */
class GrantAllRolesGuard {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<StaffAwareRequest>();
    request.staff ??= {
      userId: '00000000-0000-4000-8000-000000000000',
      tenantId: request.tenant?.id ?? '',
      role: 'platform_admin',
      email: 'test@socialkompas.invalid',
      name: 'Testredaktør',
    };
    return true;
  }
}

/** The real application on the run's database, platform schema migrated. */
export async function startTestApp(
  options: {
    grantAllRoles?: boolean;
    env?: Record<string, string>;
    developmentIdp?: DevelopmentIdpConnection;
    /** Addresses a tenant's own test IdP may have (the development IdP's origin is always allowed). */
    oidcAllowAddresses?: string[];
    catalogue?: Partial<CatalogueOptions>;
    mail?: Partial<MailOptions>;
    /** False when the test migrated the platform schema itself (e.g. directly, not through a pooler). */
    migratePlatform?: boolean;
    /** With REDIS_URL in env: the rate limits' key prefix, shared by the apps that share limits. */
    rateLimitPrefix?: string;
    /** With REDIS_URL in env: the queues' key prefix, the test's own. */
    jobsPrefix?: string;
  } = {},
): Promise<TestApp> {
  const environment = testEnvironment(options.env);
  const builder = Test.createTestingModule({
    imports: [
      AppModule.register(environment, {
        developmentIdp: options.developmentIdp,
        oidcAllowAddresses: options.oidcAllowAddresses,
        jobs: 'off',
        catalogue: options.catalogue,
        mail: options.mail,
        rateLimitPrefix: options.rateLimitPrefix,
        jobsPrefix: options.jobsPrefix,
      }),
    ],
  });
  if (options.grantAllRoles) builder.overrideProvider(RolesGuard).useClass(GrantAllRolesGuard);
  const moduleRef = await builder.compile();
  const app = configureApp(
    moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true }),
    environment,
  );
  await app.init();
  if (options.migratePlatform !== false) await app.get(MigrationRunner).ensurePlatformSchema();
  const provisioning = app.get(TenantProvisioningService);
  return {
    app,
    provision: (input) => provisioning.createTenant({ kind: 'municipality', ...input }),
    close: () => app.close(),
  };
}

/**
 * A database of its own for a test file whose work spans every tenant (e.g. `migrate`), so it
 * neither sees nor disturbs the tenants other test files create in parallel.
 */
export async function createScratchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.SOCIALKOMPAS_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('SOCIALKOMPAS_TEST_ADMIN_URL is not set: run the tests through `npm test`.');
  const name = `${new URL(testDatabaseUrl()).pathname.slice(1)}_${label}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export * from './browser';

/** The real migrations, for tests of the tenancy layer (which itself never imports them). */
export { MIGRATIONS } from '@socialkompas/migrations';
export * from './free-port';
export * from './run-artifacts';
export * from './browser-client';
export * from './smtp-server';
export * from './redis';
export * from './axe';
export * from './login-fixture';
export * from './staff-browser';
export * from './hsds-data-package';
export * from './pgbouncer';
export * from './honeypot-suggestion';
