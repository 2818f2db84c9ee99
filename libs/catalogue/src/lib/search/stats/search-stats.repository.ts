import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import { TermRef } from '../../taxonomy/taxonomy-view';

const TOP = 20;

export class QueryCount {
  @ApiProperty({ example: 'ensomhed', description: 'In lower case' })
  query!: string;

  @ApiProperty({ type: 'integer' })
  searches!: number;

  @ApiProperty({ type: 'integer', description: 'Results per search, rounded' })
  averageResults!: number;
}

export class UnansweredQuery {
  @ApiProperty({ example: 'lektiehjælp', description: 'In lower case' })
  query!: string;

  @ApiProperty({ type: 'integer' })
  searches!: number;

  @ApiProperty()
  lastSearchedAt!: Date;
}

export class ChallengeCount extends TermRef {
  @ApiProperty({ type: 'integer', description: 'Searches that chose the challenge' })
  searches!: number;
}

/** What citizens searched for in a period, and what they did not find. */
export class SearchStats {
  @ApiProperty()
  from!: Date;

  @ApiProperty({ description: 'Exclusive' })
  to!: Date;

  @ApiProperty({ type: 'integer' })
  searches!: number;

  @ApiProperty({ type: 'integer' })
  zeroResultSearches!: number;

  @ApiProperty({ type: [QueryCount], description: `The ${TOP} most searched texts` })
  topQueries!: QueryCount[];

  @ApiProperty({ type: [UnansweredQuery], description: `The ${TOP} most searched texts that found nothing` })
  zeroResultQueries!: UnansweredQuery[];

  @ApiProperty({ type: [ChallengeCount], description: `The ${TOP} most chosen challenges` })
  topChallenges!: ChallengeCount[];
}

/** The period's searches, in all and those that found nothing. */
export interface SearchTotalsRow {
  searches: number;
  zeroResultSearches: number;
}

/** What citizens look for and do not find, from the anonymous search log. */
@Injectable()
export class SearchStatsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async between(from: Date, to: Date): Promise<Omit<SearchStats, 'from' | 'to'>> {
    const manager = this.tenancy.currentManager();
    const window = [from, to];
    const [totals, topQueries, zeroResultQueries, topChallenges] = await Promise.all([
      queryRow<SearchTotalsRow>(
        manager,
        `SELECT count(*)::int AS searches, count(*) FILTER (WHERE result_count = 0)::int AS "zeroResultSearches"
         FROM search_log WHERE searched_at >= $1 AND searched_at < $2`,
        window,
      ),
      queryRows<QueryCount>(
        manager,
        `SELECT lower(query) AS query, count(*)::int AS searches, round(avg(result_count))::int AS "averageResults"
         FROM search_log WHERE searched_at >= $1 AND searched_at < $2 AND query <> ''
         GROUP BY lower(query) ORDER BY searches DESC, query LIMIT ${TOP}`,
        window,
      ),
      queryRows<UnansweredQuery>(
        manager,
        `SELECT lower(query) AS query, count(*)::int AS searches, max(searched_at) AS "lastSearchedAt"
         FROM search_log WHERE searched_at >= $1 AND searched_at < $2 AND result_count = 0 AND query <> ''
         GROUP BY lower(query) ORDER BY searches DESC, query LIMIT ${TOP}`,
        window,
      ),
      queryRows<ChallengeCount>(
        manager,
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
    return {
      searches: totals?.searches ?? 0,
      zeroResultSearches: totals?.zeroResultSearches ?? 0,
      topQueries,
      zeroResultQueries,
      topChallenges,
    };
  }
}
