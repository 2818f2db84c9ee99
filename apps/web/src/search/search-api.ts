import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { ResponseOf } from '../api/types';
import { apiQueryOf, type StaffFilter } from './search-params';

export type SearchResult = ResponseOf<'/api/v1/offers', 'get'>;
export type SearchHit = SearchResult['items'][number];
type PublicFacets = SearchResult['facets'];
export type FacetTerm = PublicFacets[keyof PublicFacets][number];
/** The citizens' facets, and those of the staff searches that use the same page (see STAFF_FILTERS). */
export type Facets = PublicFacets & Partial<Record<StaffFilter, FacetTerm[]>>;
export type Suggestion = ResponseOf<'/api/v1/suggest', 'get'>['items'][number];

/** The offers matching the URL's search; the previous answer stays on screen while the next loads. */
export function useOfferSearch(params: URLSearchParams) {
  const query = apiQueryOf(params);
  return useQuery({
    queryKey: ['offers', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/offers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Facet counts of the whole catalogue: the start page's challenge tiles. */
export function useCatalogueOverview() {
  return useQuery({
    queryKey: ['offers', { size: 1 }],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/offers', { params: { query: { size: 1 } }, signal })),
    staleTime: 5 * 60_000,
  });
}

/** Terms and offers for the first letters typed (at least 2). */
export function useSuggestions(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['suggest', q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/suggest', { params: { query: { q } }, signal })),
    enabled: q.length >= 2,
    staleTime: 5 * 60_000,
  });
}
