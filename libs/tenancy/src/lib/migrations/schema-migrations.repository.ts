import type { QueryRunner } from 'typeorm';
import { queryRows } from '../sql/query-rows';
import { setLocalSearchPath } from '../sql/local-search-path';
import { quoteIdentifier } from '../tenant-slug';

/** Serialises every `migrate` run and provisioning against each other across processes. */
export const SCHEMA_CHANGE_LOCK_KEY = 482_190_731;

/** A row of a schema's own `migrations` table, as far as the runner reads it. */
export interface AppliedMigrationRow {
  name: string;
}

/**
 * The SQL of migrating: schemas, their `migrations` ledgers, the recorded schema version and the
 * schema-change lock, all on the one connection (and transaction) the runner gives it.
 */
export class SchemaMigrationsRepository {
  constructor(private readonly queryRunner: QueryRunner) {}

  /** Session-level, on a connection of its own: held until unlockSchemaChanges, across transactions. */
  async lockSchemaChanges(): Promise<void> {
    await this.queryRunner.query('SELECT pg_advisory_lock($1)', [SCHEMA_CHANGE_LOCK_KEY]);
  }

  async unlockSchemaChanges(): Promise<void> {
    await this.queryRunner.query('SELECT pg_advisory_unlock($1)', [SCHEMA_CHANGE_LOCK_KEY]);
  }

  /** Creates the platform schema if needed and points the transaction at it. */
  async usePlatformSchema(): Promise<void> {
    await this.queryRunner.query('CREATE SCHEMA IF NOT EXISTS platform');
    await this.queryRunner.query(`SELECT set_config('search_path', 'platform, public', true)`);
  }

  /** Creates a tenant schema if needed and points the transaction at it (without `platform`). */
  async useTenantSchema(schema: string): Promise<void> {
    await this.queryRunner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    await setLocalSearchPath(this.queryRunner, `${quoteIdentifier(schema)}, public`);
  }

  /** Creates the schema's own `migrations` table if needed. */
  async ensureLedger(schema: string): Promise<void> {
    await this.queryRunner.query(
      `CREATE TABLE IF NOT EXISTS ${ledgerOf(schema)} (
       id serial PRIMARY KEY,
       "timestamp" bigint NOT NULL,
       name text NOT NULL UNIQUE,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
    );
  }

  /** The names of the migrations the schema has recorded as applied. */
  async appliedNames(schema: string): Promise<string[]> {
    const rows = await queryRows<AppliedMigrationRow>(
      this.queryRunner.manager,
      `SELECT name FROM ${ledgerOf(schema)}`,
    );
    return rows.map((row) => row.name);
  }

  async recordApplied(schema: string, timestamp: number, name: string): Promise<void> {
    await this.queryRunner.query(`INSERT INTO ${ledgerOf(schema)} ("timestamp", name) VALUES ($1, $2)`, [
      timestamp,
      name,
    ]);
  }

  /** Writes the tenant's schema version (its count of applied migrations) into the registry. */
  async recordSchemaVersion(schema: string, tenantId: string): Promise<void> {
    await this.queryRunner.query(
      `UPDATE platform.tenants SET schema_version = (SELECT count(*) FROM ${ledgerOf(schema)}) WHERE id = $1`,
      [tenantId],
    );
  }
}

function ledgerOf(schema: string): string {
  return `${quoteIdentifier(schema)}.migrations`;
}
