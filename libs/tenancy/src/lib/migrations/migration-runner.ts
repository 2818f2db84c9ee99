import { DataSource, QueryRunner } from 'typeorm';
import { Tenant } from '../registry/tenant.entity';
import { tenantSchemaName } from '../tenant-slug';
import { applyPendingMigrations, migrationName, MigrationSets } from './migration-set';
import { SchemaMigrationsRepository } from './schema-migrations.repository';

export { SCHEMA_CHANGE_LOCK_KEY } from './schema-migrations.repository';

export interface TenantMigrationOutcome {
  slug: string;
  applied: string[];
  error?: string;
}

export interface MigrateOptions {
  /** How many tenant schemas are migrated at once (each on its own connection). */
  concurrency?: number;
  /** Only this tenant. */
  tenant?: string;
  dryRun?: boolean;
  onProgress?: (outcome: TenantMigrationOutcome, done: number, total: number) => void;
}

export interface MigrateReport {
  platform: string[];
  tenants: TenantMigrationOutcome[];
  failed: TenantMigrationOutcome[];
}

/**
 * Brings the platform schema and every tenant schema up to date. Each schema migrates in its own
 * transaction, so one failing tenant is rolled back and reported while the others go on.
 */
export class MigrationRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly migrations: MigrationSets,
  ) {}

  /** The names of this build's tenant migrations, oldest first. */
  tenantMigrationNames(): string[] {
    return this.migrations.tenant.map(migrationName);
  }

  async migrateAll(options: MigrateOptions = {}): Promise<MigrateReport> {
    return this.withSchemaChangeLock(async (lockRunner) => {
      const platform = await this.migratePlatform(lockRunner, options.dryRun ?? false);
      // A dry run rolls back pending platform migrations, so the registry may not be readable yet.
      const tenants = options.dryRun && platform.length > 0 ? [] : await this.migrateTenants(options);
      return { platform, tenants, failed: tenants.filter((outcome) => outcome.error !== undefined) };
    });
  }

  /** Brings only the platform schema up to date, e.g. before the first tenant is provisioned. */
  ensurePlatformSchema(): Promise<string[]> {
    return this.withSchemaChangeLock((lockRunner) => this.migratePlatform(lockRunner, false));
  }

  private async migratePlatform(lockRunner: QueryRunner, dryRun: boolean): Promise<string[]> {
    return this.inTransaction(
      lockRunner,
      async (queryRunner) => {
        await new SchemaMigrationsRepository(queryRunner).usePlatformSchema();
        return applyPendingMigrations(queryRunner, 'platform', this.migrations.platform, { dryRun });
      },
      dryRun,
    );
  }

  /**
   * Applies tenant migrations to one tenant's schema inside the caller's transaction (used by
   * provisioning) and records the schema version in the registry. `upTo`: only the first so many
   * (a restore loads a backup into the schema version it was taken at, then migrates the rest).
   */
  async migrateTenantSchema(
    queryRunner: QueryRunner,
    tenant: Pick<Tenant, 'id' | 'slug'>,
    dryRun = false,
    upTo = this.migrations.tenant.length,
  ) {
    const schema = tenantSchemaName(tenant.slug);
    const schemaMigrations = new SchemaMigrationsRepository(queryRunner);
    await schemaMigrations.useTenantSchema(schema);
    const migrations = this.migrations.tenant.slice(0, upTo);
    const applied = await applyPendingMigrations(queryRunner, schema, migrations, { dryRun });
    if (!dryRun) await schemaMigrations.recordSchemaVersion(schema, tenant.id);
    return applied;
  }

  private async migrateTenants(options: MigrateOptions): Promise<TenantMigrationOutcome[]> {
    const all = await this.dataSource.getRepository(Tenant).find({ order: { slug: 'ASC' } });
    const tenants = options.tenant ? all.filter((tenant) => tenant.slug === options.tenant) : all;
    if (options.tenant && tenants.length === 0) {
      return [{ slug: options.tenant, applied: [], error: 'Tenanten findes ikke.' }];
    }
    const outcomes: TenantMigrationOutcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < tenants.length) {
        const tenant = tenants[next++];
        const outcome = await this.migrateOneTenant(tenant, options.dryRun ?? false);
        outcomes.push(outcome);
        options.onProgress?.(outcome, outcomes.length, tenants.length);
      }
    };
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, tenants.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    return outcomes.sort((a, b) => a.slug.localeCompare(b.slug));
  }

  private async migrateOneTenant(tenant: Tenant, dryRun: boolean): Promise<TenantMigrationOutcome> {
    try {
      const queryRunner = this.dataSource.createQueryRunner();
      await queryRunner.connect();
      const applied = await this.inTransaction(
        queryRunner,
        () => this.migrateTenantSchema(queryRunner, tenant, dryRun),
        dryRun,
      ).finally(() => queryRunner.release());
      return { slug: tenant.slug, applied };
    } catch (error) {
      return {
        slug: tenant.slug,
        applied: [],
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /** One transaction on the given connection; a dry run is always rolled back. */
  private async inTransaction<T>(
    queryRunner: QueryRunner,
    work: (queryRunner: QueryRunner) => Promise<T>,
    rollback = false,
  ): Promise<T> {
    try {
      await queryRunner.startTransaction();
      const result = await work(queryRunner);
      if (rollback) await queryRunner.rollbackTransaction();
      else await queryRunner.commitTransaction();
      return result;
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
      throw error;
    }
  }

  /**
   * Session-level advisory lock on a connection of its own, held for the whole run; the platform
   * schema migrates on that same connection, tenant schemas on others from the pool.
   */
  private async withSchemaChangeLock<T>(work: (lockRunner: QueryRunner) => Promise<T>): Promise<T> {
    const lockRunner = this.dataSource.createQueryRunner();
    await lockRunner.connect();
    const lock = new SchemaMigrationsRepository(lockRunner);
    try {
      await lock.lockSchemaChanges();
      return await work(lockRunner);
    } finally {
      await lock.unlockSchemaChanges().catch(() => undefined);
      await lockRunner.release();
    }
  }
}
