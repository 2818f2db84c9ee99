import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import { EntityManager } from 'typeorm';
import { TermRef } from '../../taxonomy/taxonomy-view';

const TOP = 20;

/**
 * A search with a text that found nothing at all, filters or not. Searches logged before the text's
 * own count was kept say so only when they had no filters.
 */
const TEXT_FOUND_NOTHING = `(query <> '' AND coalesce(text_result_count = 0,
  term_ids = '{}' AND filters - 'sort' = '{}'::jsonb))`;

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

  @ApiProperty({
    type: 'integer',
    description: 'Zero-result searches whose text found nothing, filters or not',
  })
  zeroResultsForText!: number;

  @ApiProperty({
    type: 'integer',
    description:
      'Zero-result searches where the filters left nothing: the text alone found offers, or there was no text',
  })
  zeroResultsWithFilters!: number;

  @ApiProperty({ type: [QueryCount], description: `The ${TOP} most searched texts` })
  topQueries!: QueryCount[];

  @ApiProperty({ type: [UnansweredQuery], description: `The ${TOP} most searched texts that found nothing` })
  zeroResultQueries!: UnansweredQuery[];

  @ApiProperty({
    type: [UnansweredQuery],
    description: `The ${TOP} most searched texts that found offers, but none with the filters chosen`,
  })
  filteredOutQueries!: UnansweredQuery[];

  @ApiProperty({ type: [ChallengeCount], description: `The ${TOP} most chosen challenges` })
  topChallenges!: ChallengeCount[];
}

/** The period's searches, in all and those that found nothing. */
export interface SearchTotalsRow {
  searches: number;
  zeroResultSearches: number;
  zeroResultsForText: number;
}

/** What citizens look for and do not find, from the anonymous search log. */
@Injectable()
export class SearchStatsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async between(from: Date, to: Date): Promise<Omit<SearchStats, 'from' | 'to'>> {
    const [totals, topQueries, zeroResultQueries, filteredOutQueries, topChallenges] = await Promise.all([
      this.totals(from, to),
      queryRows<QueryCount>(
        this.manager,
        `SELECT lower(query) AS query, count(*)::int AS searches, round(avg(result_count))::int AS "averageResults"
         FROM search_log WHERE searched_at >= $1 AND searched_at < $2 AND query <> ''
         GROUP BY lower(query) ORDER BY searches DESC, query LIMIT ${TOP}`,
        [from, to],
      ),
      this.zeroResultQueries(from, to, TOP),
      this.unanswered(`NOT ${TEXT_FOUND_NOTHING}`, from, to, TOP),
      this.topChallenges(from, to, TOP),
    ]);
    const { zeroResultSearches, zeroResultsForText } = totals;
    return {
      ...totals,
      zeroResultsWithFilters: zeroResultSearches - zeroResultsForText,
      topQueries,
      zeroResultQueries,
      filteredOutQueries,
      topChallenges,
    };
  }

  /** The period's searches, in all and those that found nothing. */
  async totals(from: Date, to: Date): Promise<SearchTotalsRow> {
    const totals = await queryRow<SearchTotalsRow>(
      this.manager,
      `SELECT count(*)::int AS searches, count(*) FILTER (WHERE result_count = 0)::int AS "zeroResultSearches",
         count(*) FILTER (WHERE result_count = 0 AND ${TEXT_FOUND_NOTHING})::int AS "zeroResultsForText"
       FROM search_log WHERE searched_at >= $1 AND searched_at < $2`,
      [from, to],
    );
    return totals ?? { searches: 0, zeroResultSearches: 0, zeroResultsForText: 0 };
  }

  /** The `limit` most searched texts that found nothing at all. */
  zeroResultQueries(from: Date, to: Date, limit: number): Promise<UnansweredQuery[]> {
    return this.unanswered(TEXT_FOUND_NOTHING, from, to, limit);
  }

  /** The `limit` challenges most often chosen in searches. */
  topChallenges(from: Date, to: Date, limit: number): Promise<ChallengeCount[]> {
    return queryRows<ChallengeCount>(
      this.manager,
      `SELECT t.id, t.code, t.name, count(*)::int AS searches
       FROM search_log l
       CROSS JOIN LATERAL unnest(l.term_ids) AS chosen(term_id)
       JOIN taxonomy_terms t ON t.id = chosen.term_id
       JOIN taxonomies x ON x.id = t.taxonomy_id AND x.code = 'challenge'
       WHERE l.searched_at >= $1 AND l.searched_at < $2
       GROUP BY t.id ORDER BY searches DESC, t.name LIMIT $3`,
      [from, to, limit],
    );
  }

  private unanswered(cause: string, from: Date, to: Date, limit: number): Promise<UnansweredQuery[]> {
    return queryRows<UnansweredQuery>(
      this.manager,
      `SELECT lower(query) AS query, count(*)::int AS searches, max(searched_at) AS "lastSearchedAt"
       FROM search_log WHERE searched_at >= $1 AND searched_at < $2 AND result_count = 0 AND query <> ''
         AND ${cause}
       GROUP BY lower(query) ORDER BY searches DESC, query LIMIT $3`,
      [from, to, limit],
    );
  }

  private get manager(): EntityManager {
    return this.tenancy.currentManager();
  }
}
