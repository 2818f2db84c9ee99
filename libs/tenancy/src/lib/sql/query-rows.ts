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

/**
 * The `RETURNING` rows of an UPDATE or DELETE. TypeORM's PostgreSQL driver answers those two
 * statements (a `WITH … UPDATE` too) with `[rows, affected count]` instead of the rows, so
 * queryRows would hand back that pair; anything else is refused rather than mistyped.
 */
export async function queryChangedRows<Row>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Row[]> {
  const result: unknown = await manager.query(sql, [...parameters]);
  if (!Array.isArray(result) || !Array.isArray(result[0]) || typeof result[1] !== 'number') {
    throw new Error(`queryChangedRows expects an UPDATE or DELETE statement, not: ${sql.slice(0, 80)}`);
  }
  return result[0] as Row[];
}

/** The first `RETURNING` row of an UPDATE or DELETE, or undefined when it changed none. */
export async function queryChangedRow<Row>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Row | undefined> {
  return (await queryChangedRows<Row>(manager, sql, parameters))[0];
}
