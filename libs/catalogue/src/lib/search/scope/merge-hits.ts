import type { SearchSort } from '../query/search-query.dto';
import { hitComparator, SnapshotHit } from '../query/snapshot-search';
import type { MemberSearch } from './member-search';

/** A hit of one member in the scope's result list. */
export interface ScopeHit {
  search: MemberSearch;
  hit: SnapshotHit;
  rank: number;
  distanceKm: number | null;
}

/**
 * The scope's page: every member's best hits in the order one tenant's search uses. Ranks are
 * comparable across members: every schema ranks with the same ts_rank and weights.
 */
export function mergeHits(
  searches: MemberSearch[],
  sort: SearchSort,
  offset: number,
  size: number,
): ScopeHit[] {
  const all = searches.flatMap((search) =>
    search.hits.map((hit): ScopeHit => ({ search, hit, rank: hit.rank, distanceKm: hit.distanceKm })),
  );
  const order = hitComparator<ScopeHit>(
    sort,
    ({ search, hit }) => search.snapshot.offers[hit.ordinal].publishedAt,
    ({ hit }) => hit.id,
  );
  return all.sort(order).slice(offset, offset + size);
}
