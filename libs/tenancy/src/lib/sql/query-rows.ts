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
