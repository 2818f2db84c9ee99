import { ApiProperty, PickType } from '@nestjs/swagger';
import {
  ChallengeCount,
  SearchStats,
  SearchTotalsRow,
  UnansweredQuery,
} from '../../search/stats/search-stats.repository';
import { TenantSummary } from '@socialkompas/tenancy';

/** How many rows of each list a region's statistics show. */
export const REGIONAL_TOP = 20;

export class MunicipalityCount extends TenantSummary {
  @ApiProperty({ type: 'integer' })
  searches!: number;
}

export class MunicipalitySearches extends MunicipalityCount {
  @ApiProperty({ type: 'integer' })
  zeroResultSearches!: number;
}

export class RegionalZeroResultQuery extends UnansweredQuery {
  @ApiProperty({ type: [MunicipalityCount], description: 'Where it was searched, most searches first' })
  municipalities!: MunicipalityCount[];
}

export class RegionalChallenge extends PickType(ChallengeCount, ['code', 'name', 'searches'] as const) {
  @ApiProperty({ type: [MunicipalityCount], description: 'Where it was chosen, most searches first' })
  municipalities!: MunicipalityCount[];
}

/** What citizens searched for across a region and did not find: counts only, nothing about who searched. */
export class RegionalStatistics extends PickType(SearchStats, [
  'from',
  'to',
  'searches',
  'zeroResultSearches',
] as const) {
  @ApiProperty({
    type: [MunicipalitySearches],
    description: 'Every tenant read: the region itself and its active municipalities',
  })
  municipalities!: MunicipalitySearches[];

  @ApiProperty({
    type: [RegionalZeroResultQuery],
    description: `The ${REGIONAL_TOP} most searched texts that found nothing`,
  })
  zeroResultQueries!: RegionalZeroResultQuery[];

  @ApiProperty({ type: [RegionalChallenge], description: `The ${REGIONAL_TOP} most chosen challenges` })
  topChallenges!: RegionalChallenge[];
}

/** One tenant's share, as its own search statistics counted it. */
export interface TenantStatistics {
  tenant: { slug: string; name: string };
  totals: SearchTotalsRow;
  zeroResultQueries: UnansweredQuery[];
  topChallenges: ChallengeCount[];
}

interface Merged {
  searches: number;
  municipalities: MunicipalityCount[];
}

/**
 * Sums rows that mean the same across tenants (a lower-cased text, a challenge's code: term ids
 * differ per schema), keeping each tenant's own count beside the sum.
 */
function merge<Row extends { searches: number }, Extra>(
  parts: { tenant: { slug: string; name: string }; rows: Row[] }[],
  keyOf: (row: Row) => string,
  extra: (row: Row, previous: Extra | undefined) => Extra,
): (Merged & Extra)[] {
  const merged = new Map<string, Merged & { extra: Extra }>();
  for (const { tenant, rows } of parts) {
    for (const row of rows) {
      const key = keyOf(row);
      const entry = merged.get(key) ?? { searches: 0, municipalities: [], extra: extra(row, undefined) };
      entry.searches += row.searches;
      entry.municipalities.push({ slug: tenant.slug, name: tenant.name, searches: row.searches });
      entry.extra = extra(row, entry.extra);
      merged.set(key, entry);
    }
  }
  return [...merged.entries()]
    .sort(([keyA, a], [keyB, b]) => b.searches - a.searches || keyA.localeCompare(keyB, 'da'))
    .slice(0, REGIONAL_TOP)
    .map(([, { extra: fields, searches, municipalities }]) => ({
      ...fields,
      searches,
      municipalities: municipalities.sort(
        (a, b) => b.searches - a.searches || a.name.localeCompare(b.name, 'da'),
      ),
    }));
}

/** The region's statistics from each tenant's own. */
export function regionalStatistics(
  period: { from: Date; to: Date },
  parts: TenantStatistics[],
): RegionalStatistics {
  return {
    ...period,
    searches: parts.reduce((sum, part) => sum + part.totals.searches, 0),
    zeroResultSearches: parts.reduce((sum, part) => sum + part.totals.zeroResultSearches, 0),
    municipalities: parts.map(({ tenant, totals }) => ({
      slug: tenant.slug,
      name: tenant.name,
      searches: totals.searches,
      zeroResultSearches: totals.zeroResultSearches,
    })),
    zeroResultQueries: merge<UnansweredQuery, { query: string; lastSearchedAt: Date }>(
      parts.map(({ tenant, zeroResultQueries }) => ({ tenant, rows: zeroResultQueries })),
      (row) => row.query,
      (row, previous) => ({
        query: row.query,
        lastSearchedAt:
          previous && previous.lastSearchedAt > new Date(row.lastSearchedAt)
            ? previous.lastSearchedAt
            : new Date(row.lastSearchedAt),
      }),
    ),
    topChallenges: merge<ChallengeCount, { code: string; name: string }>(
      parts.map(({ tenant, topChallenges }) => ({ tenant, rows: topChallenges })),
      (row) => row.code,
      (row, previous) => previous ?? { code: row.code, name: row.name },
    ),
  };
}
