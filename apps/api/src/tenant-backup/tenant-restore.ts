import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { startNewSearchEpoch } from '@socialkompas/catalogue';
import {
  assertValidTenantSlug,
  forgetResolvedHosts,
  MigrationRunner,
  quoteIdentifier as quote,
  queryRow,
  SCHEMA_CHANGE_LOCK_KEY,
  tenantSchemaName,
} from '@socialkompas/tenancy';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupHeader, BackupLine } from './tenant-backup-format';
import { advanceOwnedSequences, tablesInDependencyOrder, writableColumns } from './tenant-schema-catalog';

export interface RestoreOptions {
  /** Restore under this slug instead of the backup's (alongside the original). */
  slug?: string;
  /** Replace a tenant of the same slug that exists (its schema and platform rows are dropped). */
  replace?: boolean;
}

export interface RestoreSummary {
  slug: string;
  tenantId: string;
  rows: Record<string, number>;
  /** Things the operator must know: domains left out, a client secret to set, a region not found. */
  notices: string[];
}

/** A backup that cannot be restored, said in words the operator can act on. */
export class BackupRestoreError extends Error {}

/**
 * Restores a whole-tenant backup in one transaction: the registry row, the tenant schema at the
 * backup's migration version with every table's rows, then this build's later migrations, the
 * platform rows, and a new search epoch, so no process serves search answers it cached before.
 * Under a new slug the tenant gets new ids and no custom domains (they belong to the original).
 */
export async function restoreTenant(
  dataSource: DataSource,
  migrationRunner: MigrationRunner,
  input: Readable,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  const next = async (): Promise<BackupLine | undefined> => {
    const { value, done } = await lines.next();
    return done ? undefined : (JSON.parse(value) as BackupLine);
  };
  const header = await next();
  if (header?.type !== 'header' || header.format !== BACKUP_FORMAT)
    throw new BackupRestoreError('Filen er ikke en tenant-backup fra Socialkompas.');
  if (header.version !== BACKUP_VERSION)
    throw new BackupRestoreError(
      `Backuppen har formatversion ${header.version}; denne version læser ${BACKUP_VERSION}.`,
    );
  assertKnownMigrations(header, migrationRunner.tenantMigrationNames());

  const slug = options.slug ?? header.tenant.slug;
  assertValidTenantSlug(slug);
  const underNewSlug = slug !== header.tenant.slug;
  const notices: string[] = [];
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const manager = runner.manager;
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_CHANGE_LOCK_KEY]);
    const existing = await queryRow<{ id: string }>(
      manager,
      `SELECT id FROM platform.tenants WHERE slug = $1`,
      [slug],
    );
    if (existing && !options.replace)
      throw new BackupRestoreError(
        `Tenanten "${slug}" findes allerede. Gendan med --slug <ny slug> ved siden af, eller med --replace for at erstatte den.`,
      );
    if (existing) {
      await manager.query(`DROP SCHEMA IF EXISTS ${quote(tenantSchemaName(slug))} CASCADE`);
      await manager.query(`DELETE FROM platform.tenants WHERE id = $1`, [existing.id]);
    }
    const idTaken = await queryRow<{ id: string }>(manager, `SELECT id FROM platform.tenants WHERE id = $1`, [
      header.tenant.id,
    ]);
    const tenantId = underNewSlug || idTaken ? randomUUID() : header.tenant.id;
    await manager.query(
      `INSERT INTO platform.tenants (id, slug, name, kind, status, theme, settings) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        tenantId,
        slug,
        header.tenant.name,
        header.tenant.kind,
        header.tenant.status,
        JSON.stringify(header.tenant.theme),
        JSON.stringify(header.tenant.settings),
      ],
    );
    const schema = tenantSchemaName(slug);
    await migrationRunner.migrateTenantSchema(runner, { id: tenantId, slug }, false, header.schemaVersion);
    const tables = await tablesInDependencyOrder(manager, schema);
    // What the migrations seeded (the default taxonomy) gives way to the backup's rows.
    if (tables.length > 0)
      await manager.query(`TRUNCATE ${tables.map((table) => `${quote(schema)}.${quote(table)}`).join(', ')}`);

    const platform = new Map<string, Record<string, unknown>[]>();
    let region: Extract<BackupLine, { type: 'region' }> | undefined;
    const rows: Record<string, number> = {};
    let columns: string[] = [];
    let ended = false;
    for (let line = await next(); line; line = await next()) {
      if (line.type === 'platform') platform.set(line.table, line.rows);
      else if (line.type === 'region') region = line;
      else if (line.type === 'table') {
        if (!tables.includes(line.name))
          throw new BackupRestoreError(
            `Backuppens tabel "${line.name}" findes ikke i skemaet ved version ${header.schemaVersion}.`,
          );
        const writable = new Set(await writableColumns(manager, schema, line.name));
        columns = line.columns.filter((column) => writable.has(column));
        rows[line.name] = 0;
      } else if (line.type === 'rows') {
        await insertRows(manager, `${quote(schema)}.${quote(line.table)}`, columns, line.rows);
        rows[line.table] += line.rows.length;
      } else if (line.type === 'end') {
        for (const [table, count] of Object.entries(line.rows))
          if (rows[table] !== count)
            throw new BackupRestoreError(
              `Backuppen er ufuldstændig: ${table} har ${rows[table] ?? 0} af ${count} rækker.`,
            );
        ended = true;
      }
    }
    if (!ended)
      throw new BackupRestoreError('Backuppen er afkortet: dens sidste linje mangler. Intet er gendannet.');
    await advanceOwnedSequences(manager, schema);
    await migrationRunner.migrateTenantSchema(runner, { id: tenantId, slug });
    await startNewSearchEpoch(manager);
    await manager.query(`SELECT set_config('search_path', 'platform, public', true)`);
    await restorePlatformRows(runner, tenantId, slug, underNewSlug, platform, notices);
    if (region) await restoreRegion(manager, tenantId, region, notices);
    await runner.commitTransaction();
    forgetResolvedHosts();
    return { slug, tenantId, rows, notices };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    input.destroy();
    await runner.release();
  }
}

function assertKnownMigrations(header: BackupHeader, known: string[]): void {
  const unknown = header.migrations.filter((name, index) => known[index] !== name);
  if (unknown.length > 0 || header.migrations.length !== header.schemaVersion)
    throw new BackupRestoreError(
      `Backuppen er taget med migreringer denne version ikke kender (${unknown.join(', ') || 'antal'}): gendan med en nyere version.`,
    );
}

/** Inserts rows given as JSON objects, PostgreSQL converting every value to its column's type. */
async function insertRows(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: Record<string, unknown>[],
  onConflict = '',
): Promise<void> {
  if (rows.length === 0 || columns.length === 0) return;
  const list = columns.map(quote).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${list}) OVERRIDING SYSTEM VALUE
       SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json) ${onConflict}`,
    [JSON.stringify(rows)],
  );
}

async function restorePlatformRows(
  runner: QueryRunner,
  tenantId: string,
  slug: string,
  underNewSlug: boolean,
  platform: Map<string, Record<string, unknown>[]>,
  notices: string[],
): Promise<void> {
  const manager = runner.manager;
  // People are platform-wide (one per issuer and subject): the restored memberships name whoever
  // has that identity in this database, created when missing.
  const userIds = new Map<string, string>();
  for (const user of platform.get('users') ?? []) {
    const row = await queryRow<{ id: string }>(
      manager,
      `INSERT INTO platform.users (id, issuer, subject, email, name) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (issuer, subject) DO UPDATE SET email = coalesce(users.email, EXCLUDED.email)
       RETURNING id`,
      [underNewSlug ? randomUUID() : user.id, user.issuer, user.subject, user.email, user.name],
    );
    if (row) userIds.set(String(user.id), row.id);
  }
  for (const [table, original] of platform) {
    if (table === 'users') continue;
    const exists = await queryRow<{ present: boolean }>(
      manager,
      `SELECT to_regclass($1) IS NOT NULL AS present`,
      [`platform.${quote(table)}`],
    );
    if (!exists?.present) {
      notices.push(
        `Platformtabellen ${table} findes ikke i denne database; dens ${original.length} række(r) er sprunget over.`,
      );
      continue;
    }
    if (table === 'tenant_domains' && underNewSlug) {
      if (original.length > 0)
        notices.push(
          `Domænerne ${original.map((row) => row.host).join(', ')} hører til den oprindelige tenant og er ikke gendannet; ${slug} nås på sin egen subdomæne-adresse. Tilføj nye domæner med API'et.`,
        );
      continue;
    }
    let rows: Record<string, unknown>[] = original.map((row) => ({
      ...row,
      tenant_id: tenantId,
      ...('user_id' in row && row.user_id ? { user_id: userIds.get(String(row.user_id)) ?? null } : {}),
      ...(underNewSlug && 'id' in row ? { id: randomUUID() } : {}),
    }));
    if (table === 'oidc_providers') rows = rows.map((row) => withSecretReference(row, slug, notices));
    if (table === 'tenant_domains')
      await assertDomainsFree(
        manager,
        rows.map((row) => String(row.host)),
      );
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    await insertRows(manager, `platform.${quote(table)}`, columns, rows);
  }
}

/** The encrypted secret never leaves the database: a restored provider names a variable to hold it. */
function withSecretReference(row: Record<string, unknown>, slug: string, notices: string[]) {
  if (row.client_secret_env) return row;
  const variable = `OIDC_CLIENT_SECRET_${slug.toUpperCase()}`;
  notices.push(
    `Identitetsudbyderens klienthemmelighed er ikke med i en backup: sæt miljøvariablen ${variable}, eller gem hemmeligheden igen under tenantens login-opsætning.`,
  );
  return { ...row, client_secret_env: variable };
}

async function assertDomainsFree(manager: EntityManager, hosts: string[]): Promise<void> {
  const taken = await queryRow<{ host: string; slug: string }>(
    manager,
    `SELECT d.host, t.slug FROM platform.tenant_domains d JOIN platform.tenants t ON t.id = d.tenant_id
      WHERE d.host = ANY($1::text[]) LIMIT 1`,
    [hosts],
  );
  if (taken)
    throw new BackupRestoreError(
      `Domænet "${taken.host}" bruges allerede af tenant "${taken.slug}": gendan under en ny slug (uden domæner), eller fjern domænet dér først.`,
    );
}

async function restoreRegion(
  manager: EntityManager,
  tenantId: string,
  region: Extract<BackupLine, { type: 'region' }>,
  notices: string[],
): Promise<void> {
  if (region.memberOf) {
    const inserted = await manager.query(
      `INSERT INTO platform.region_members (region_id, municipality_id)
         SELECT id, $2 FROM platform.tenants WHERE slug = $1 AND kind = 'region'
       ON CONFLICT DO NOTHING RETURNING region_id`,
      [region.memberOf, tenantId],
    );
    if (inserted.length === 0)
      notices.push(`Regionen "${region.memberOf}" findes ikke her; medlemskabet er ikke gendannet.`);
  }
  for (const member of region.members) {
    const inserted = await manager.query(
      `INSERT INTO platform.region_members (region_id, municipality_id)
         SELECT $2, id FROM platform.tenants WHERE slug = $1 AND kind = 'municipality'
       ON CONFLICT DO NOTHING RETURNING municipality_id`,
      [member, tenantId],
    );
    if (inserted.length === 0)
      notices.push(
        `Kommunen "${member}" findes ikke her (eller er i en anden region); ikke gendannet som medlem.`,
      );
  }
}
