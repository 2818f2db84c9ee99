import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { QueryOf, ResponseOf } from '../api/types';
import { apiQueryOf } from '../search/search-params';
import { useCurrentTenant } from '../tenant/tenant-context';
import { t as staffText } from '../staff/messages';
import { OFFER_STATUSES } from '../staff/staff-api';

export type Municipality = ResponseOf<'/api/v1/region/municipalities', 'get'>['items'][number];
export type RegionalSearchQuery = QueryOf<'/api/v1/region/search'>;
export type RegionalSearchResult = ResponseOf<'/api/v1/region/search', 'get'>;
export type RegionalSearchHit = RegionalSearchResult['items'][number];
export type OfferStatus = RegionalSearchHit['status'];
export type RegionOffer = ResponseOf<'/api/v1/region/municipalities/{slug}/offers/{id}', 'get'>;
export type RegionalStatistics = ResponseOf<'/api/v1/region/statistics', 'get'>;
export type RegionalStatisticsQuery = QueryOf<'/api/v1/region/statistics'>;

/** The region area's cache keys; all start with 'region'. */
const regionKeys = {
  municipalities: ['region', 'municipalities'] as const,
  search: (query: RegionalSearchQuery) => ['region', 'search', query] as const,
  offer: (slug: string, id: string) => ['region', slug, 'offer', id] as const,
  statistics: (query: RegionalStatisticsQuery) => ['region', 'statistics', query] as const,
};

/** The chosen statuses of the address (`status=draft,in_review`): the one filter only staff search by. */
export function statusesOf(params: URLSearchParams): OfferStatus[] {
  const chosen = (params.get('status') ?? '').split(',');
  return OFFER_STATUSES.filter((status) => chosen.includes(status));
}

/** The coordinators' query for the address: the citizens' search parameters and the statuses. */
export function regionalSearchQueryOf(params: URLSearchParams): RegionalSearchQuery {
  const statuses = statusesOf(params);
  return { ...apiQueryOf(params), ...(statuses.length > 0 && { status: statuses }) };
}

/** The region's offers matching the address's search; the previous answer stays while the next loads. */
export function useRegionalSearch(params: URLSearchParams) {
  const query = regionalSearchQueryOf(params);
  return useQuery({
    queryKey: regionKeys.search(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/region/search', { params: { query }, signal })),
    // The statuses in the editors' words, in the page's language (the API names them in Danish).
    select: (result): RegionalSearchResult => ({
      ...result,
      facets: {
        ...result.facets,
        status: result.facets.status.map((term) => ({
          ...term,
          name: staffText(`status.${term.code as OfferStatus}`),
        })),
      },
    }),
    placeholderData: keepPreviousData,
  });
}

export function useMunicipalities() {
  return useQuery({
    queryKey: regionKeys.municipalities,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/region/municipalities', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** The region's or a member municipality's name, or the slug until (or unless) the region's list names it. */
export function useMunicipalityName(slug: string): string {
  const region = useCurrentTenant();
  const { data } = useMunicipalities();
  if (slug === region.slug) return region.name;
  return data?.items.find((municipality) => municipality.slug === slug)?.name ?? slug;
}

export function useMunicipalityOffer(slug: string, id: string) {
  return useQuery({
    queryKey: regionKeys.offer(slug, id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/region/municipalities/{slug}/offers/{id}', {
          params: { path: { slug, id } },
          signal,
        }),
      ),
  });
}

/** What citizens searched for across the region's municipalities in the period, and did not find. */
export function useRegionalStatistics(query: RegionalStatisticsQuery) {
  return useQuery({
    queryKey: regionKeys.statistics(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/region/statistics', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
