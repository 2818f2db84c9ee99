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
  const wanted = offset + size;
  const order = hitComparator<ScopeHit>(
    sort,
    ({ search, hit }) => search.snapshot.offers[hit.ordinal].publishedAt,
    ({ hit }) => hit.id,
  );
  // The best `wanted` in order, without sorting every member's hits (a hundred members' pages).
  const best: ScopeHit[] = [];
  for (const hit of all) {
    if (best.length === wanted && order(hit, best[wanted - 1]) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (order(hit, best[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, hit);
    if (best.length > wanted) best.pop();
  }
  return best.slice(offset);
}
