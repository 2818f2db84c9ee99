import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CATALOGUE_ENTITIES } from '@socialkompas/catalogue';
import { DemoSeeder } from '@socialkompas/demo';
import { MIGRATIONS } from '@socialkompas/migrations';
import { MigrationRunner, TENANCY_ENTITIES, TenancyService, TenantProvisioningService } from '@socialkompas/tenancy';
import { acquireDatabaseServer, withThrowawayDatabase } from '../test/support/database-server';
import { describeFigures, drive, LoadFigures, startApiProcess } from './http-load';
import { searchQueryMix } from './search-queries';

/**
 * `npm run bench:search`: public search over HTTP against the production entry point, with a
 * fixed mix of 200 realistic queries (text with typos, facets, geography, combinations) at
 * concurrency 16 for 20 s, and `GET /health` the same way in the same run.
 * Goal on the 2-core machine: search p95 ≤ 50 ms at 10,000 offers, and search throughput at
 * least a quarter of /health's.
 */
const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

interface Scenario {
  label: string;
  tenants: { slug: string; name: string; offers: number }[];
  withDistricts: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    label: '10,000 offers in one tenant',
    tenants: [{ slug: 'aarhus', name: 'Aarhus Kommune', offers: 10_000 }],
    withDistricts: true,
  },
  {
    label: '100 tenants × 1,000 offers',
    tenants: Array.from({ length: 100 }, (_, index) => ({
      slug: `kommune_${String(index).padStart(3, '0')}`,
      name: `Kommune ${index}`,
      offers: 1_000,
    })),
    withDistricts: false,
  },
];

async function prepare(url: string, scenario: Scenario): Promise<void> {
  const dataSource = await new DataSource({
    type: 'postgres',
    url,
    poolSize: 4,
    entities: [...TENANCY_ENTITIES, ...CATALOGUE_ENTITIES],
  }).initialize();
  try {
    const runner = new MigrationRunner(dataSource, MIGRATIONS);
    await runner.ensurePlatformSchema();
    const provisioning = new TenantProvisioningService(dataSource, runner, 'localhost');
    const seeder = new DemoSeeder(new TenancyService(dataSource));
    const started = Date.now();
    for (const [position, tenant] of scenario.tenants.entries()) {
      const { tenant: created } = await provisioning.createTenant({ ...tenant, kind: 'municipality' });
      await seeder.seed(created, { offerCount: tenant.offers, seed: position + 1 });
    }
    await dataSource.query('ANALYZE');
    const offers = scenario.tenants.reduce((sum, tenant) => sum + tenant.offers, 0);
    console.log(`  seeded ${offers} offers in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await dataSource.destroy();
  }
}

async function run(scenario: Scenario, url: string) {
  const api = await startApiProcess(url);
  try {
    const paths = searchQueryMix({ withDistricts: scenario.withDistricts });
    const requests = paths.map((path, index) => ({
      path,
      host: `${scenario.tenants[index % scenario.tenants.length].slug}.localhost`,
    }));
    // One pass alone first: every snapshot, text match and plan is new, as after a deploy or an edit.
    const cold = await drive(api.baseUrl, requests, { connections: 1, seconds: 0, amount: requests.length });
    const search = await drive(api.baseUrl, requests, { connections: CONNECTIONS, seconds: SECONDS });
    const health = await drive(api.baseUrl, [{ path: '/health', host: 'localhost' }], {
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    return { cold, search, health };
  } finally {
    await api.stop();
  }
}

function verdict(search: LoadFigures, health: LoadFigures): string {
  const ratio = search.requestsPerSecond / health.requestsPerSecond;
  return `  search/health throughput ${ratio.toFixed(2)} (goal ≥ 0.25); search p95 ${search.p95.toFixed(1)} ms (goal ≤ 50 ms)`;
}

async function main() {
  const { adminUrl, embedded } = await acquireDatabaseServer();
  try {
    for (const [index, scenario] of SCENARIOS.entries()) {
      console.log(`search benchmark: ${scenario.label}, ${CONNECTIONS} connections, ${SECONDS} s each`);
      await withThrowawayDatabase(adminUrl, `sk_bench_search_${Date.now()}_${index}`, async (url) => {
        await prepare(url, scenario);
        const { cold, search, health } = await run(scenario, url);
        console.log(describeFigures('cold', cold) + '  (first pass, one connection)');
        console.log(describeFigures('search', search));
        console.log(describeFigures('health', health));
        console.log(verdict(search, health));
      });
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
