import { MigrationInterface, QueryRunner } from 'typeorm';
import { SchemaMigrationsRepository } from './schema-migrations.repository';

export type MigrationClass = new () => MigrationInterface;

/** The migrations of the two kinds of schema: the shared `platform` schema and every tenant schema. */
export interface MigrationSets {
  platform: MigrationClass[];
  tenant: MigrationClass[];
}

export function migrationName(migration: MigrationClass): string {
  return new migration().name ?? migration.name;
}

function migrationTimestamp(name: string): number {
  const digits = /(\d{13})$/.exec(name);
  if (!digits)
    throw new Error(`Migration "${name}" must end in a 13-digit timestamp, as TypeORM names them.`);
  return Number(digits[1]);
}

/**
 * Applies, in the caller's transaction, the migrations a schema has not yet recorded in its own
 * `migrations` table. Migrations write unqualified SQL and rely on the search_path the caller set.
 * Returns the names applied (or, in a dry run, the names that would be).
 */
export async function applyPendingMigrations(
  queryRunner: QueryRunner,
  schema: string,
  migrations: MigrationClass[],
  options: { dryRun?: boolean } = {},
): Promise<string[]> {
  const schemaMigrations = new SchemaMigrationsRepository(queryRunner);
  await schemaMigrations.ensureLedger(schema);
  const executed = new Set(await schemaMigrations.appliedNames(schema));
  const pending = migrations.filter((migration) => !executed.has(migrationName(migration)));
  if (options.dryRun) return pending.map(migrationName);
  for (const migration of pending) {
    const name = migrationName(migration);
    await new migration().up(queryRunner);
    await schemaMigrations.recordApplied(schema, migrationTimestamp(name), name);
  }
  return pending.map(migrationName);
}
