import type { EntityManager } from 'typeorm';

/** What an UPDATE or DELETE answers: the rows its RETURNING clause gave, and how many it changed. */
export interface Changes<Row> {
  rows: Row[];
  count: number;
}

/**
 * An UPDATE or DELETE, typed like `queryRows` types a SELECT. TypeORM answers these two with
 * `[rows, affected count]` rather than with the rows, so `queryRows` would give the pair the row type.
 */
export async function queryChanges<Row = never>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Changes<Row>> {
  const [rows, count] = (await manager.query(sql, [...parameters])) as [Row[], number];
  return { rows, count };
}
