import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MIGRATIONS } from '@socialkompas/migrations';
import {
  MigrationRunner,
  quoteIdentifier,
  tenantSchemaName,
  TenantProvisioningService,
} from '@socialkompas/tenancy';
import { acquireDatabaseServer, withThrowawayDatabase } from '../test/support/database-server';
import { openBenchDataSource } from './bench-database';
import { percentile, startApiProcess } from './http-load';

/**
 * `npm run bench:metrics`: what a Prometheus scrape of `/metrics` costs the production API as the
 * tenants grow (each scrape reads every tenant's job runs and outbox in one unit of work of its
 * own, one after the other). Goal: a median under 100 ms at 100 tenants, so a scrape every 15 s
 * is noise.
 */
const TENANT_COUNTS = [10, 100];
const SCRAPES = 30;
const TOKEN = randomBytes(24).toString('hex');

async function main() {
  const { adminUrl, embedded } = await acquireDatabaseServer();
  try {
    await withThrowawayDatabase(adminUrl, `sk_bench_metrics_${Date.now()}`, async (url) => {
      const dataSource = await openBenchDataSource(url);
      const runner = new MigrationRunner(dataSource, MIGRATIONS);
      await runner.ensurePlatformSchema();
      const provisioning = new TenantProvisioningService(dataSource, runner, 'localhost');
      const api = await startApiProcess(url, { env: { METRICS_TOKEN: TOKEN, LOG_LEVEL: 'warn' } });
      console.log(`metrics benchmark (production API, pool 10, jobs in process, ${SCRAPES} scrapes each)`);
      try {
        let provisioned = 0;
        for (const count of TENANT_COUNTS) {
          for (; provisioned < count; provisioned++) {
            const { tenant } = await provisioning.createTenant({
              slug: `bench_${provisioned}`,
              name: `Kommune ${provisioned}`,
              kind: 'municipality',
            });
            const schema = quoteIdentifier(tenantSchemaName(tenant.slug));
            await dataSource.query(
              `INSERT INTO ${schema}.job_runs (job, last_started_at, last_finished_at, last_outcome, last_succeeded_at)
               VALUES ('link-check', now(), now(), 'ok', now()), ('freshness', now(), now(), 'ok', now())`,
            );
          }
          const times: number[] = [];
          let size = 0;
          for (let scrape = 0; scrape < SCRAPES; scrape++) {
            const started = performance.now();
            const answer = await fetch(`${api.baseUrl}/metrics`, {
              headers: { authorization: `Bearer ${TOKEN}` },
            });
            const text = await answer.text();
            times.push(performance.now() - started);
            if (!answer.ok) throw new Error(`/metrics answered ${answer.status}`);
            size = text.length;
          }
          times.sort((a, b) => a - b);
          console.log(
            `  ${count} tenants: scrape median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ${(size / 1024).toFixed(0)} KiB`,
          );
        }
      } finally {
        await api.stop();
        await dataSource.destroy();
      }
    });
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
