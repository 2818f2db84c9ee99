import 'reflect-metadata';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { MIGRATIONS } from '@socialkompas/migrations';
import { MigrationRunner, TENANCY_ENTITIES, TenantProvisioningService } from '@socialkompas/tenancy';
import { acquireDatabaseServer, withThrowawayDatabase } from '../test/support/database-server';

/**
 * `npm run bench:tenancy`: how long onboarding and schema changes take.
 * Goals on the 2-core machine: provision < 1 s, migrate 100 current schemas < 10 s,
 * one new migration over 100 schemas < 60 s.
 */
const PROVISION_RUNS = 20;
const TENANT_COUNT = 100;

class AddBenchmarkColumn1999999999999 implements MigrationInterface {
  name = 'AddBenchmarkColumn1999999999999';
  async up(queryRunner: QueryRunner) {
    await queryRunner.query('ALTER TABLE organizations ADD COLUMN benchmark_note text');
    await queryRunner.query(
      'CREATE INDEX organizations_benchmark_note_idx ON organizations (benchmark_note)',
    );
  }
  async down(queryRunner: QueryRunner) {
    await queryRunner.query('ALTER TABLE organizations DROP COLUMN benchmark_note');
  }
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const { adminUrl, embedded } = await acquireDatabaseServer();
  try {
    await withThrowawayDatabase(adminUrl, `sk_bench_${Date.now()}`, async (url) => {
      const dataSource = await new DataSource({
        type: 'postgres',
        url,
        poolSize: 10,
        entities: TENANCY_ENTITIES,
      }).initialize();
      try {
        const runner = new MigrationRunner(dataSource, MIGRATIONS);
        const provisioning = new TenantProvisioningService(dataSource, runner, 'localhost');
        await runner.ensurePlatformSchema();

        const provisionTimes: number[] = [];
        for (let index = 0; index < TENANT_COUNT; index++) {
          const [ms] = await timed(() =>
            provisioning.createTenant({
              slug: `bench_${index}`,
              name: `Kommune ${index}`,
              kind: 'municipality',
            }),
          );
          if (index < PROVISION_RUNS) provisionTimes.push(ms);
        }
        provisionTimes.sort((a, b) => a - b);

        const [currentMs, current] = await timed(() => runner.migrateAll());
        const withNew = new MigrationRunner(dataSource, {
          ...MIGRATIONS,
          tenant: [...MIGRATIONS.tenant, AddBenchmarkColumn1999999999999],
        });
        const [newMs, applied] = await timed(() => withNew.migrateAll());
        if (current.failed.length || applied.failed.length)
          throw new Error('a migration failed during the benchmark');

        console.log(`tenancy benchmark (${TENANT_COUNT} tenants, pool 10, migrate concurrency 4)`);
        console.log(
          `  provision one tenant: median ${percentile(provisionTimes, 50).toFixed(0)} ms, p90 ${percentile(provisionTimes, 90).toFixed(0)} ms, max ${provisionTimes[provisionTimes.length - 1].toFixed(0)} ms (${PROVISION_RUNS} runs; goal < 1000 ms)`,
        );
        console.log(
          `  migrate ${TENANT_COUNT} schemas, all current: ${(currentMs / 1000).toFixed(2)} s (goal < 10 s)`,
        );
        console.log(
          `  migrate ${TENANT_COUNT} schemas, one new migration each: ${(newMs / 1000).toFixed(2)} s (goal < 60 s)`,
        );
      } finally {
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
