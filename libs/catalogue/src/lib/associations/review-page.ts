import { queryRows } from '@socialkompas/tenancy';
import type { EntityManager } from 'typeorm';
import type { ReviewStatus } from './association-work.dto';

interface TotalRow {
  total: number;
}

/**
 * A page of things under review in one status, oldest first, as editors work through them: `view`
 * selects the rows with alias `alias` for `table`.
 */
export async function reviewPage<Row>(
  manager: EntityManager,
  source: { view: string; alias: string; table: string },
  query: { status: ReviewStatus; page: number; size: number },
) {
  const { view, alias, table } = source;
  const items = await queryRows<Row>(
    manager,
    `${view} WHERE ${alias}.status = $1 ORDER BY ${alias}.created_at, ${alias}.id LIMIT $2 OFFSET $3`,
    [query.status, query.size, (query.page - 1) * query.size],
  );
  const [{ total }] = await queryRows<TotalRow>(
    manager,
    `SELECT count(*)::int AS total FROM ${table} WHERE status = $1`,
    [query.status],
  );
  return { items, total, page: query.page, size: query.size };
}
