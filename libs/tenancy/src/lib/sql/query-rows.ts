import type { EntityManager } from 'typeorm';

/**
 * The rows of a raw query as the row type the repository declares: the one place where the
 * driver's untyped result is given a type, so every query's shape is written next to its SQL.
 */
export async function queryRows<Row>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Row[]> {
  return (await manager.query(sql, [...parameters])) as Row[];
}

/** The first row of a raw query, or undefined when it returned none. */
export async function queryRow<Row>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Row | undefined> {
  return (await queryRows<Row>(manager, sql, parameters))[0];
}

/** What an UPDATE or DELETE answers: the rows its RETURNING clause gave, and how many it changed. */
export interface Changes<Row> {
  rows: Row[];
  count: number;
}

/**
 * An UPDATE or DELETE (a `WITH … UPDATE` too), typed as queryRows types a SELECT. TypeORM's
 * PostgreSQL driver answers these with `[rows, affected count]` instead of the rows, so queryRows
 * would hand back that pair; any other statement is refused rather than mistyped.
 */
export async function queryChanges<Row = never>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Changes<Row>> {
  const result: unknown = await manager.query(sql, [...parameters]);
  if (!Array.isArray(result) || !Array.isArray(result[0]) || typeof result[1] !== 'number') {
    throw new Error(`queryChanges expects an UPDATE or DELETE statement, not: ${sql.slice(0, 80)}`);
  }
  return { rows: result[0] as Row[], count: result[1] };
}
