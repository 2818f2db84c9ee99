import { Injectable } from '@nestjs/common';
import { TenancyService } from '@socialkompas/tenancy';

const TOP = 20;

/** What citizens look for and do not find, from the anonymous search log. */
@Injectable()
export class SearchStatsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async between(from: Date, to: Date) {
    const manager = this.tenancy.currentManager();
    const window = [from, to];
    const [[totals], topQueries, zeroResultQueries, topChallenges] = await Promise.all([
      manager.query(
        `SELECT count(*)::int AS searches, count(*) FILTER (WHERE result_count = 0)::int AS "zeroResultSearches"
         FROM search_log WHERE searched_at >= $1 AND searched_at < $2`,
        window,
      ),
      manager.query(
        `SELECT lower(query) AS query, count(*)::int AS searches, round(avg(result_count))::int AS "averageResults"
         FROM search_log WHERE searched_at >= $1 AND searched_at < $2 AND query <> ''
         GROUP BY lower(query) ORDER BY searches DESC, query LIMIT ${TOP}`,
        window,
      ),
      manager.query(
        `SELECT lower(query) AS query, count(*)::int AS searches, max(searched_at) AS "lastSearchedAt"
         FROM search_log WHERE searched_at >= $1 AND searched_at < $2 AND result_count = 0 AND query <> ''
         GROUP BY lower(query) ORDER BY searches DESC, query LIMIT ${TOP}`,
        window,
      ),
      manager.query(
        `SELECT t.id, t.code, t.name, count(*)::int AS searches
         FROM search_log l
         CROSS JOIN LATERAL unnest(l.term_ids) AS chosen(term_id)
         JOIN taxonomy_terms t ON t.id = chosen.term_id
         JOIN taxonomies x ON x.id = t.taxonomy_id AND x.code = 'challenge'
         WHERE l.searched_at >= $1 AND l.searched_at < $2
         GROUP BY t.id ORDER BY searches DESC, t.name LIMIT ${TOP}`,
        window,
      ),
    ]);
    return { ...totals, topQueries, zeroResultQueries, topChallenges };
  }
}
