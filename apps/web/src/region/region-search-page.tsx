import { useSearchParams } from 'react-router';
import { ResultCard } from '../search/result-card';
import { SearchView } from '../search/search-page';
import { SearchPlaceContext } from '../search/search-place';
import { t as staffText } from '../staff/messages';
import { useCurrentTenant } from '../tenant/tenant-context';
import { t } from './messages';
import { useRegionalSearch, type RegionalSearchHit, type RegionalSearchResult } from './region-api';

/** Where the coordinators' search lives; its offers open on the region's read-only offer page. */
const REGION_SEARCH = { path: '/region', suggestsOffers: false };

/** What the region's offer page is handed: the search it was opened from, to go back to. */
export interface RegionOfferLinkState {
  search: string;
}

function RegionResultCard({ hit, search }: { hit: RegionalSearchHit; search: string }) {
  return (
    <ResultCard
      hit={hit}
      href={`/region/${hit.tenant.slug}/${hit.id}`}
      linkState={{ search } satisfies RegionOfferLinkState}
      shortlist={false}
      tags={
        <li className={`tag status-badge status-badge--${hit.status}`}>
          {staffText(`status.${hit.status}`)}
        </li>
      }
    />
  );
}

/**
 * /region — the coordinators' search: the citizens' search (text, filters with counts, place and
 * distance) over the offers of the region and its municipalities in every status, read-only.
 */
export function RegionSearchPage() {
  const region = useCurrentTenant();
  const [params] = useSearchParams();
  const search = useRegionalSearch(params);
  const title = t('search.title', { region: region.name });
  return (
    <SearchPlaceContext.Provider value={REGION_SEARCH}>
      <SearchView<RegionalSearchResult>
        params={params}
        search={search}
        title={title}
        heading={title}
        intro={t('search.intro')}
        renderHit={(hit) => <RegionResultCard hit={hit} search={params.toString()} />}
      />
    </SearchPlaceContext.Provider>
  );
}
