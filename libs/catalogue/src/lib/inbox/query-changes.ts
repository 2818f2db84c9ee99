import type { EntityManager } from 'typeorm';

/** What an UPDATE or DELETE answered: the rows of its RETURNING clause, and how many rows it changed. */
export interface Changes<Row> {
  rows: Row[];
  count: number;
}

/**
 * An UPDATE or DELETE, with its RETURNING rows as the row type the repository declares. TypeORM
 * answers these two commands with `[rows, affected count]` instead of the rows alone, so
 * `queryRows` would give them the wrong type. It belongs beside `queryRows` in
 * `@socialkompas/tenancy`; it is here until the tenancy lib takes it.
 */
export async function queryChanges<Row = never>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Changes<Row>> {
  const [rows, count] = (await manager.query(sql, [...parameters])) as [Row[], number];
  return { rows, count };
}
