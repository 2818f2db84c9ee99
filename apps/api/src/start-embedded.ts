import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { registryDevelopmentClient, startDevelopmentIdp } from '@socialkompas/auth';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import {
  MigrationRunner,
  TenancyService,
  TenantProvisioningService,
  TenantRegistry,
} from '@socialkompas/tenancy';
import { Environment, EnvironmentError, loadEnvironment } from './config/environment';
import { tenantUrl } from './config/tenant-url';
import { createApp } from './create-app';
import {
  DEMO_ASSOCIATION_MEMBERS,
  DEMO_STAFF,
  inviteDemoAssociationMembers,
  inviteDemoStaff,
} from './embedded/demo-staff';
import { DEMO_SEED, DEMO_TENANTS } from './embedded/demo-tenants';
import { ensureDatabase, startEmbeddedPostgres } from './embedded/embedded-postgres';

const DATA_DIR = resolve(process.env.SOCIALKOMPAS_DATA_DIR ?? '.data');
const EMBEDDED_POSTGRES_PORT = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
/** The app's registration at the development IdP; a fresh secret per run is enough there. */
const DEVELOPMENT_CLIENT = { clientId: 'socialkompas-dev', clientSecret: randomBytes(24).toString('hex') };

/** A random secret made once and kept with the local data, so sessions (and sealed secrets) survive a restart. */
async function developmentSecret(name: string): Promise<string> {
  const file = join(DATA_DIR, name);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('hex');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * `npm start`: the whole product on one port with nothing but Node.js. Without DATABASE_URL it
 * runs an embedded PostgreSQL with its data under .data/; it migrates, creates the demo tenants
 * and fills the municipalities with demo offers (idempotently, so a second start reuses
 * everything) and serves the API and the web client.
 */
async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'npm start is the local demo run; in production use `npm run start:prod` with the real services.',
    );
  }
  if (
    !Number.isInteger(EMBEDDED_POSTGRES_PORT) ||
    EMBEDDED_POSTGRES_PORT < 1 ||
    EMBEDDED_POSTGRES_PORT > 65535
  ) {
    throw new Error('EMBEDDED_POSTGRES_PORT must be a whole number between 1 and 65535');
  }
  await mkdir(DATA_DIR, { recursive: true });
  const source = { ...process.env };
  if (!source.DATABASE_URL) {
    console.log(
      `No DATABASE_URL: starting embedded PostgreSQL on 127.0.0.1:${EMBEDDED_POSTGRES_PORT} (data in ${join(DATA_DIR, 'postgres')}) …`,
    );
    // embedded-postgres stops its server itself when this process exits.
    const embedded = await startEmbeddedPostgres({
      dataDir: join(DATA_DIR, 'postgres'),
      port: EMBEDDED_POSTGRES_PORT,
    });
    await ensureDatabase(embedded.urlFor('postgres'), 'socialkompas');
    source.DATABASE_URL = embedded.urlFor('socialkompas');
  }
  source.SESSION_SECRET ||= await developmentSecret('session-secret');
  source.SECRETS_KEY ||= await developmentSecret('secrets-key');
  // The demo's platform administrator is a member of the region.
  source.PLATFORM_ADMIN_TENANT ||= 'midtjylland';
  const environment = loadEnvironment(source);

  // Tenants with no issuer of their own log in through this in-process IdP. Its redirect URIs are
  // read from the registry at each login (the registry is there once the app is), so a tenant
  // created while the demo runs logs in at once; any e-mail address typed is an account.
  const late: { registry?: TenantRegistry } = {};
  const idp = await startDevelopmentIdp({
    port: environment.PORT + 1,
    // An address, not `localhost`: the API's own discovery fetch must reach the IPv4 listener.
    hostname: '127.0.0.1',
    accounts: DEMO_STAFF,
    clients: [],
    findClient: registryDevelopmentClient(DEVELOPMENT_CLIENT, async () =>
      late.registry ? tenantUrlsOf(late.registry, environment) : [],
    ),
    anyEmailLogin: true,
  });
  const app = await createApp(environment, {
    developmentIdp: { issuer: idp.issuer, ...DEVELOPMENT_CLIENT },
    // The demo runs its jobs itself: with REDIS_URL through BullMQ, without it in this process.
    jobs: 'work',
  });
  late.registry = app.get(TenantRegistry);
  const report = await app.get(MigrationRunner).migrateAll();
  if (report.failed.length > 0) {
    throw new Error(
      `Migration failed for: ${report.failed.map((failure) => `${failure.slug} (${failure.error})`).join(', ')}`,
    );
  }
  const provisioning = app.get(TenantProvisioningService);
  const seeder = new DemoSeeder(app.get(TenancyService), app.get(SearchIndex));
  for (const demo of DEMO_TENANTS) {
    const { tenant, created } = await provisioning.createTenant(demo);
    const { settings } = demo;
    if (created && settings) {
      await app.get(DataSource).transaction((manager) => provisioning.changeSettings(manager, tenant, settings));
    }
    // Only a tenant without any offers gets the demo catalogue, so a restart adds nothing.
    if (demo.demoOffers > 0 && (await seeder.isEmpty(tenant))) {
      const seeded = await seeder.seed(tenant, { offerCount: demo.demoOffers, seed: DEMO_SEED });
      console.log(
        `${demo.name}: ${seeded.offers} demo offers from ${seeded.organizations.created} organisations (${(seeded.milliseconds / 1000).toFixed(1)} s)`,
      );
    }
  }
  await inviteDemoStaff(app.get(DataSource));
  await inviteDemoAssociationMembers(app.get(DataSource));
  // Ctrl+C: Nest's shutdown hooks (enabled in createApp) close the app.
  await app.listen(environment.PORT);

  console.log('\nSocialkompas is running:');
  for (const tenant of DEMO_TENANTS)
    console.log(`  ${tenant.name.padEnd(20)} ${tenantUrl(tenant.slug, environment)}`);
  console.log(`  API documentation    http://localhost:${environment.PORT}/api/docs`);
  console.log(`  Health               http://localhost:${environment.PORT}/health`);
  console.log(`\nStaff log in at <tenant>/auth/login through the development IdP (${idp.issuer}):`);
  console.log('type one of these logins (or any invited e-mail address), any password, then "Continue":');
  for (const member of DEMO_STAFF)
    console.log(`  ${member.login.padEnd(26)} ${member.role} in ${member.tenant}`);
  console.log('\nAssociations log in at <tenant>/min-forening/log-ind with a link sent by e-mail:');
  for (const member of DEMO_ASSOCIATION_MEMBERS)
    console.log(`  ${member.email.padEnd(40)} association in ${member.tenant}`);
  console.log(
    environment.REDIS_URL
      ? `\nBackground jobs run through BullMQ on ${new URL(environment.REDIS_URL).host}, each night per tenant.`
      : '\nBackground jobs (link check, freshness, mail) run in this process, each night per tenant (production uses Redis).',
  );
  console.log(
    environment.SMTP_URL
      ? 'Mail goes out through SMTP_URL.'
      : "No SMTP_URL: mail (reminders, invitations, login links) waits in each tenant's outbox (Administration → Udbakke, GET /api/v1/admin/outbox).",
  );
  console.log('Stop with Ctrl+C.');
}

/** Every address a tenant of the registry is served at here: its subdomain and its own domains. */
async function tenantUrlsOf(registry: TenantRegistry, environment: Environment): Promise<string[]> {
  const urls: string[] = [];
  for (const tenant of await registry.list()) {
    const own = tenantUrl(tenant.slug, environment);
    urls.push(own);
    for (const host of await registry.domainsOf(tenant))
      urls.push(`${new URL(own).protocol}//${host}:${environment.PORT}`);
  }
  return urls;
}

main().catch(async (error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
