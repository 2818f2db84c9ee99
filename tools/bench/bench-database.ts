import { DataSource } from 'typeorm';
import { CATALOGUE_ENTITIES } from '@socialkompas/catalogue';
import { DemoSeeder } from '@socialkompas/demo';
import { MIGRATIONS } from '@socialkompas/migrations';
import {
  MigrationRunner,
  TENANCY_ENTITIES,
  TenancyService,
  TenantKind,
  TenantProvisioningService,
} from '@socialkompas/tenancy';

/** A tenant a benchmark provisions, with the number of demo offers it seeds into it. */
export interface SeededTenant {
  slug: string;
  name: string;
  kind: TenantKind;
  offers: number;
  region?: string;
}

export async function openBenchDataSource(url: string): Promise<DataSource> {
  return new DataSource({
    type: 'postgres',
    url,
    poolSize: 4,
    entities: [...TENANCY_ENTITIES, ...CATALOGUE_ENTITIES],
  }).initialize();
}

/** Provisions the tenants into the database in order and fills each with the demo generator (seed = its position + 1). */
export async function seedTenants(url: string, tenants: readonly SeededTenant[]): Promise<void> {
  const dataSource = await openBenchDataSource(url);
  try {
    const runner = new MigrationRunner(dataSource, MIGRATIONS);
    await runner.ensurePlatformSchema();
    const provisioning = new TenantProvisioningService(dataSource, runner, 'localhost');
    const seeder = new DemoSeeder(new TenancyService(dataSource));
    const started = Date.now();
    for (const [position, tenant] of tenants.entries()) {
      const { offers, ...input } = tenant;
      const { tenant: created } = await provisioning.createTenant(input);
      if (offers > 0) await seeder.seed(created, { offerCount: offers, seed: position + 1 });
    }
    // As autovacuum would have done by the time a deployment's catalogue is searched (it is off on
    // some test machines): until then each GIN index's pending list holds every seeded offer, and
    // the planner reads every offer of a tenant for a text rather than its index.
    await dataSource.query('VACUUM ANALYZE');
    const total = tenants.reduce((sum, tenant) => sum + tenant.offers, 0);
    console.log(`  seeded ${total} offers in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await dataSource.destroy();
  }
}
