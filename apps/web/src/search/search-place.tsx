import { createContext, useContext } from 'react';
import { searchHref } from './search-params';

/**
 * Where a search lives in the app: the citizens' `/sog`, or a staff area that uses the same search
 * over other offers (the region's coordinators at `/region`). Links built by the search's parts
 * (the search box, "did you mean", paging) stay there.
 */
export interface SearchPlace {
  path: string;
  /** Whether the search box suggests offers by title, which open the citizens' offer page. */
  suggestsOffers: boolean;
}

export const SearchPlaceContext = createContext<SearchPlace>({ path: '/sog', suggestsOffers: true });

export function useSearchPlace(): SearchPlace {
  return useContext(SearchPlaceContext);
}

/** `searchHref` for the search this component is part of. */
export function useSearchHref(): (params: URLSearchParams) => string {
  const { path } = useSearchPlace();
  return (params) => searchHref(params, path);
}
