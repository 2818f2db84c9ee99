import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  MigrationRunner,
  quoteIdentifier as quote,
  queryRow,
  queryRows,
  tenantSchemaName,
  TenantNotFoundError,
} from '@socialkompas/tenancy';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupHeader,
  BackupLine,
  PLATFORM_TABLES_NOT_BACKED_UP,
  ROWS_PER_LINE,
  SECRET_COLUMNS,
} from './tenant-backup-format';
import { platformTablesOfTenants, tablesInDependencyOrder, writableColumns } from './tenant-schema-catalog';

export interface ExportSummary {
  tenantId: string;
  slug: string;
  /** The tenant's last change as the backup saw it: a backup is current while nothing changed since. */
  tenantChangedAt: Date;
  rows: Record<string, number>;
}

/**
 * Writes a whole-tenant backup (see tenant-backup-format.ts) to `output`, gzip'd. Everything is
 * read in one read-only, repeatable-read transaction, so the file is one consistent moment of
 * the tenant; rows are read through a cursor and written as they come, so a large tenant is never
 * held in memory.
 */
export async function exportTenant(
  dataSource: DataSource,
  migrationRunner: MigrationRunner,
  slug: string,
  output: Writable,
): Promise<ExportSummary> {
  const gzip = createGzip();
  gzip.pipe(output);
  const finished = once(output, 'finish');
  finished.catch(() => undefined); // awaited below; an early failure must not go unhandled
  // A reader that goes away (a download cancelled) stops the export instead of leaving it
  // waiting for a drain that never comes, with its transaction open.
  output.once('close', () => {
    if (!output.writableFinished) gzip.destroy(new Error('The backup’s reader went away.'));
  });
  // Failures surface through write() below; this keeps a destroyed gzip's error from going uncaught.
  gzip.on('error', () => undefined);
  const write = async (line: BackupLine) => {
    if (gzip.destroyed) throw new Error('The backup’s reader went away.');
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tenant = await queryRow<BackupHeader['tenant'] & { schemaVersion: number; changedAt: Date }>(
      runner.manager,
      `SELECT id, slug, name, kind, status, theme, settings, schema_version AS "schemaVersion", updated_at AS "changedAt"
         FROM platform.tenants WHERE slug = $1`,
      [slug],
    );
    if (!tenant) throw new TenantNotFoundError(slug);
    const schema = tenantSchemaName(tenant.slug);
    const { schemaVersion, changedAt, ...registryRow } = tenant;
    await write({
      type: 'header',
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      takenAt: new Date().toISOString(),
      tenant: registryRow,
      schemaVersion,
      migrations: migrationRunner.tenantMigrationNames().slice(0, schemaVersion),
    });
    for (const line of await platformLines(runner, tenant.id)) await write(line);

    const rows: Record<string, number> = {};
    for (const table of await tablesInDependencyOrder(runner.manager, schema)) {
      const columns = await writableColumns(runner.manager, schema, table);
      await write({ type: 'table', name: table, columns });
      rows[table] = await streamRows(runner, schema, table, columns, (batch) =>
        write({ type: 'rows', table, rows: batch }),
      );
    }
    await write({ type: 'end', rows });
    const lastAudit = await queryRow<{ at: Date | null }>(
      runner.manager,
      `SELECT max(changed_at) AS at FROM ${quote(schema)}.audit_log`,
    );
    await runner.query('COMMIT');
    gzip.end();
    await finished;
    const tenantChangedAt = lastAudit?.at && lastAudit.at > changedAt ? lastAudit.at : changedAt;
    return { tenantId: tenant.id, slug: tenant.slug, tenantChangedAt, rows };
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    gzip.destroy(error as Error);
    throw error;
  } finally {
    await runner.release();
  }
}

/** The tenant's rows in platform tables, secrets left out, and its region. */
async function platformLines(runner: QueryRunner, tenantId: string): Promise<BackupLine[]> {
  const lines: BackupLine[] = [];
  const tables = (await platformTablesOfTenants(runner.manager)).filter(
    (table) => !PLATFORM_TABLES_NOT_BACKED_UP.includes(table),
  );
  const users = await queryRows<{ row: Record<string, unknown> }>(
    runner.manager,
    `SELECT to_jsonb(u) - 'last_login_at' AS row FROM platform.users u
      WHERE u.id IN (SELECT user_id FROM platform.memberships WHERE tenant_id = $1) ORDER BY u.id`,
    [tenantId],
  );
  lines.push({ type: 'platform', table: 'users', rows: users.map(({ row }) => row) });
  for (const table of tables) {
    const rows = await queryRows<{ row: Record<string, unknown> }>(
      runner.manager,
      `SELECT to_jsonb(t) - $2::text[] AS row FROM platform.${quote(table)} t WHERE tenant_id = $1`,
      [tenantId, SECRET_COLUMNS[table] ?? []],
    );
    lines.push({ type: 'platform', table, rows: rows.map(({ row }) => row) });
  }
  const memberOf = await queryRow<{ slug: string }>(
    runner.manager,
    `SELECT r.slug FROM platform.region_members m JOIN platform.tenants r ON r.id = m.region_id
      WHERE m.municipality_id = $1`,
    [tenantId],
  );
  const members = await queryRows<{ slug: string }>(
    runner.manager,
    `SELECT t.slug FROM platform.region_members m JOIN platform.tenants t ON t.id = m.municipality_id
      WHERE m.region_id = $1 ORDER BY t.slug`,
    [tenantId],
  );
  lines.push({ type: 'region', memberOf: memberOf?.slug ?? null, members: members.map((row) => row.slug) });
  return lines;
}

/** Reads a table through a cursor, ROWS_PER_LINE rows at a time; returns how many. */
async function streamRows(
  runner: QueryRunner,
  schema: string,
  table: string,
  columns: string[],
  onBatch: (rows: Record<string, unknown>[]) => Promise<void>,
): Promise<number> {
  const cursor = quote(`backup_${table}`);
  const selected = columns.map(quote).join(', ');
  await runner.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR
       SELECT to_jsonb(r) AS row FROM (SELECT ${selected} FROM ${quote(schema)}.${quote(table)}) r`,
  );
  let count = 0;
  for (;;) {
    const batch = (await runner.query(`FETCH ${ROWS_PER_LINE} FROM ${cursor}`)) as {
      row: Record<string, unknown>;
    }[];
    if (batch.length === 0) break;
    count += batch.length;
    await onBatch(batch.map(({ row }) => row));
  }
  await runner.query(`CLOSE ${cursor}`);
  return count;
}
