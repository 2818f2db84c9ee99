import 'reflect-metadata';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { startDevelopmentIdp } from '@socialkompas/auth';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { MigrationRunner, TenancyService, TenantProvisioningService } from '@socialkompas/tenancy';
import { loadEnvironment } from '../../apps/api/src/config/environment';
import { createApp } from '../../apps/api/src/create-app';
import { BrowserClient } from '../test/support/browser-client';
import { acquireDatabaseServer, withThrowawayDatabase } from '../test/support/database-server';
import { BENCH_SESSION_SECRET, describeFigures, drive, startApiProcess } from './http-load';

/**
 * `npm run bench:auth`: what staff login costs.
 * 1. A whole login (the app's redirect, the development IdP's login and consent pages, the code
 *    exchange, the ID token's signature check, the membership decision and the new session),
 *    timed 25 times in a row against the in-process app.
 * 2. What a session costs every request: `GET /api/v1/me` anonymous and logged in, and an
 *    editor's `GET /api/v1/admin/offers`, against the production entry point at concurrency 16.
 */
// Below the login rate limit of 30 a minute per address.
const LOGINS = 25;
const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CLIENT = { clientId: 'socialkompas-bench', clientSecret: 'bench-client-secret-0123456789' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];

async function timeLogins(url: string): Promise<{ cookie: string; host: string }> {
  const idp = await startDevelopmentIdp({
    port: 0,
    hostname: '127.0.0.1',
    accounts: [{ login: 'editor', name: 'Bench Redaktør', email: 'editor@bench.dk' }],
    clients: [],
  });
  const environment = loadEnvironment({
    NODE_ENV: 'development',
    DATABASE_URL: url,
    SESSION_SECRET: BENCH_SESSION_SECRET,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
  });
  const app = await createApp(environment, {
    developmentIdp: { issuer: idp.issuer, ...CLIENT },
    jobs: 'off',
  });
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = (app.getHttpServer() as Server).address() as { port: number };
    const tenant = await app
      .get(TenantProvisioningService)
      .createTenant({ slug: 'aarhus', name: 'Aarhus Kommune', kind: 'municipality' });
    await new DemoSeeder(app.get(TenancyService), app.get(SearchIndex)).seed(tenant.tenant, {
      offerCount: 1_000,
      seed: 1,
    });
    await app
      .get(DataSource)
      .query(
        `INSERT INTO platform.memberships (tenant_id, email, role) VALUES ($1, 'editor@bench.dk', 'editor')`,
        [tenant.tenant.id],
      );
    const host = `aarhus.localhost:${port}`;
    idp.registerClient({
      ...CLIENT,
      redirectUris: [`http://${host}/auth/callback`],
      postLogoutRedirectUris: [`http://${host}/`],
    });

    const durations: number[] = [];
    let last = new BrowserClient();
    for (let attempt = 0; attempt < LOGINS; attempt++) {
      last = new BrowserClient();
      const started = performance.now();
      const form = await last.get(`http://${host}/auth/login?returnTo=/api/v1/me`);
      const consent = await last.submitForm(form, { login: 'editor', password: 'x' });
      const me = await last.submitForm(consent);
      durations.push(performance.now() - started);
      if (!me.body.includes('"authenticated":true'))
        throw new Error(`login ${attempt} failed: ${me.status} ${me.body.slice(0, 200)}`);
    }
    console.log(
      `  login    median ${median(durations).toFixed(0)} ms, p95 ${p95(durations).toFixed(0)} ms over ${LOGINS} whole code flows (app + development IdP in one process)`,
    );
    return {
      cookie: `socialkompas_session=${last.cookie(host, 'socialkompas_session')}`,
      host: 'aarhus.localhost',
    };
  } finally {
    await app.close();
    await idp.close();
  }
}

async function main() {
  const { adminUrl, embedded } = await acquireDatabaseServer();
  try {
    await withThrowawayDatabase(adminUrl, `sk_bench_auth_${Date.now()}`, async (url) => {
      const migrations = new DataSource({ type: 'postgres', url });
      await migrations.initialize();
      const { MIGRATIONS } = await import('@socialkompas/migrations');
      await new MigrationRunner(migrations, MIGRATIONS).ensurePlatformSchema();
      await migrations.destroy();

      console.log(`auth benchmark: ${LOGINS} logins, then ${CONNECTIONS} connections for ${SECONDS} s each`);
      const session = await timeLogins(url);
      const api = await startApiProcess(url);
      try {
        const anonymous = await drive(api.baseUrl, [{ path: '/api/v1/me', host: session.host }], {
          connections: CONNECTIONS,
          seconds: SECONDS,
        });
        const loggedIn = await drive(
          api.baseUrl,
          [{ path: '/api/v1/me', host: session.host, headers: { cookie: session.cookie } }],
          {
            connections: CONNECTIONS,
            seconds: SECONDS,
          },
        );
        const editorList = await drive(
          api.baseUrl,
          [{ path: '/api/v1/admin/offers?size=20', host: session.host, headers: { cookie: session.cookie } }],
          { connections: CONNECTIONS, seconds: SECONDS },
        );
        console.log(describeFigures('me anon', anonymous));
        console.log(describeFigures('me staff', loggedIn));
        console.log(describeFigures('admin list', editorList) + '  (an editor’s first page of offers)');
        console.log(
          `  a session costs ${(loggedIn.p50 - anonymous.p50).toFixed(1)} ms at the median; logged-in throughput ${(loggedIn.requestsPerSecond / anonymous.requestsPerSecond).toFixed(2)} of anonymous`,
        );
      } finally {
        await api.stop();
      }
    });
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
