import type { EntityManager } from 'typeorm';
import { quoteIdentifier as quote, queryRows } from '@socialkompas/tenancy';

interface TableRow {
  name: string;
}
interface ReferenceRow {
  child: string;
  parent: string;
}
interface ColumnRow {
  name: string;
}

/** The migrations ledger of a tenant schema: a restore's migrations write it, never the backup. */
const LEDGER_TABLE = 'migrations';

/**
 * The tables of a schema, each after the tables its foreign keys point to, so rows loaded in this
 * order never name a parent that is not there yet (a table's references to itself are not ordered).
 */
export async function tablesInDependencyOrder(manager: EntityManager, schema: string): Promise<string[]> {
  const tables = (
    await queryRows<TableRow>(
      manager,
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
      [schema],
    )
  )
    .map((row) => row.name)
    .filter((name) => name !== LEDGER_TABLE);
  const references = await queryRows<ReferenceRow>(
    manager,
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1 AND child.oid <> parent.oid`,
    [schema],
  );
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of references) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  const place = (table: string, path: Set<string>) => {
    if (placed.has(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) place(parent, path);
    placed.add(table);
    ordered.push(table);
  };
  for (const table of tables) place(table, new Set());
  return ordered;
}

/** The columns a row can be written to: all but generated ones, in table order. */
export async function writableColumns(
  manager: EntityManager,
  schema: string,
  table: string,
): Promise<string[]> {
  const rows = await queryRows<ColumnRow>(
    manager,
    `SELECT a.attname AS name FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [schema, table],
  );
  return rows.map((row) => row.name);
}

/** Platform tables with a `tenant_id` column, i.e. rows that belong to one tenant. */
export async function platformTablesOfTenants(manager: EntityManager): Promise<string[]> {
  const rows = await queryRows<TableRow>(
    manager,
    `SELECT c.relname AS name FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'platform' AND c.relkind = 'r' AND a.attname = 'tenant_id' AND NOT a.attisdropped
      ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

/** Sets every sequence a column of the schema owns past the largest value restored into it. */
export async function advanceOwnedSequences(manager: EntityManager, schema: string): Promise<void> {
  const sequences = await queryRows<{ sequence: string; table: string; column: string }>(
    manager,
    `SELECT s.relname AS sequence, t.relname AS table, a.attname AS column
       FROM pg_depend d
       JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
       JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE n.nspname = $1 AND d.deptype IN ('a', 'i')`,
    [schema],
  );
  for (const { sequence, table, column } of sequences) {
    await manager.query(
      `SELECT setval($1::regclass, coalesce((SELECT max(${quote(column)}) FROM ${quote(schema)}.${quote(table)}), 0) + 1, false)`,
      [`${quote(schema)}.${quote(sequence)}`],
    );
  }
}
