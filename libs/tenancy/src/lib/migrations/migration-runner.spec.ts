import { createScratchDatabase, MIGRATIONS, openTestDataSource, tenancyFor } from '@socialkompas/testing';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { MigrationRunner } from './migration-runner';

const TENANT_COUNT = 50;

class AddOrganizationNote1900000000000 implements MigrationInterface {
  name = 'AddOrganizationNote1900000000000';
  async up(queryRunner: QueryRunner) {
    await queryRunner.query(`ALTER TABLE organizations ADD COLUMN note text`);
  }
  async down(queryRunner: QueryRunner) {
    await queryRunner.query(`ALTER TABLE organizations DROP COLUMN note`);
  }
}

/** Fails in exactly one schema, after having changed it, to prove that schema is rolled back. */
class FailInOneSchema1900000000001 implements MigrationInterface {
  name = 'FailInOneSchema1900000000001';
  static victim = '';
  async up(queryRunner: QueryRunner) {
    await queryRunner.query(`CREATE TABLE half_done (id int)`);
    const [{ schema }] = await queryRunner.query('SELECT current_schema() AS schema');
    if (schema === `t_${FailInOneSchema1900000000001.victim}`) throw new Error('disk full (simulated)');
  }
  async down(queryRunner: QueryRunner) {
    await queryRunner.query(`DROP TABLE half_done`);
  }
}

describe('migrate over many tenant schemas', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  const slugs = Array.from(
    { length: TENANT_COUNT },
    (_, index) => `kommune_${String(index).padStart(2, '0')}`,
  );

  const columnsOf = async (schema: string, table: string): Promise<string[]> =>
    (
      await dataSource.query(
        'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
        [schema, table],
      )
    ).map((row: { column_name: string }) => row.column_name);

  beforeAll(async () => {
    scratch = await createScratchDatabase('migrate');
    dataSource = await openTestDataSource({ url: scratch.url });
    const { migrationRunner, provisioning } = tenancyFor(dataSource);
    await migrationRunner.ensurePlatformSchema();
    for (const slug of slugs)
      await provisioning.createTenant({ slug, name: `Kommune ${slug}`, kind: 'municipality' });
  });

  afterAll(async () => {
    await dataSource.destroy();
    await scratch.drop();
  });

  it('finds every schema current and changes nothing', async () => {
    const progress: number[] = [];
    const report = await new MigrationRunner(dataSource, MIGRATIONS).migrateAll({
      onProgress: (_outcome, done) => progress.push(done),
    });
    expect(report.failed).toEqual([]);
    expect(report.platform).toEqual([]);
    expect(report.tenants.map((outcome) => outcome.slug)).toEqual(slugs);
    expect(report.tenants.every((outcome) => outcome.applied.length === 0)).toBe(true);
    expect(progress).toHaveLength(TENANT_COUNT);
  });

  it('lists pending migrations in a dry run without applying them', async () => {
    const runner = new MigrationRunner(dataSource, {
      ...MIGRATIONS,
      tenant: [...MIGRATIONS.tenant, AddOrganizationNote1900000000000],
    });
    const report = await runner.migrateAll({ dryRun: true, tenant: slugs[0] });
    expect(report.tenants).toEqual([{ slug: slugs[0], applied: ['AddOrganizationNote1900000000000'] }]);
    expect(await columnsOf(`t_${slugs[0]}`, 'organizations')).not.toContain('note');
  });

  it('applies a new migration to all 50 schemas, and a second run is a no-op', async () => {
    const runner = new MigrationRunner(dataSource, {
      ...MIGRATIONS,
      tenant: [...MIGRATIONS.tenant, AddOrganizationNote1900000000000],
    });
    const first = await runner.migrateAll({ concurrency: 4 });
    expect(first.failed).toEqual([]);
    expect(
      first.tenants.every((outcome) => outcome.applied.join() === 'AddOrganizationNote1900000000000'),
    ).toBe(true);
    for (const slug of [slugs[0], slugs[TENANT_COUNT - 1]]) {
      expect(await columnsOf(`t_${slug}`, 'organizations')).toContain('note');
    }
    const versions = await dataSource.query('SELECT DISTINCT schema_version FROM platform.tenants');
    expect(versions).toEqual([{ schema_version: MIGRATIONS.tenant.length + 1 }]);

    const second = await runner.migrateAll();
    expect(second.tenants.every((outcome) => outcome.applied.length === 0)).toBe(true);
  });

  it('reports a failing schema, rolls it back, and migrates the others', async () => {
    FailInOneSchema1900000000001.victim = slugs[7];
    const runner = new MigrationRunner(dataSource, {
      ...MIGRATIONS,
      tenant: [...MIGRATIONS.tenant, AddOrganizationNote1900000000000, FailInOneSchema1900000000001],
    });
    const report = await runner.migrateAll();

    expect(report.failed).toEqual([{ slug: slugs[7], applied: [], error: 'disk full (simulated)' }]);
    expect(report.tenants.filter((outcome) => outcome.applied.length === 1)).toHaveLength(TENANT_COUNT - 1);
    const [{ exists }] = await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [
      `t_${slugs[7]}.half_done`,
    ]);
    expect(exists).toBe(false);
    const [victim] = await dataSource.query('SELECT schema_version FROM platform.tenants WHERE slug = $1', [
      slugs[7],
    ]);
    expect(victim.schema_version).toBe(MIGRATIONS.tenant.length + 1);
  });
});
