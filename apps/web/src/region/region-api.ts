import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import type { ResponseOf } from '../api/types';
import { pageOf } from '../layout/pager';
import { OFFER_STATUSES, PAGE_SIZE } from '../staff/staff-api';

export type Municipality = ResponseOf<'/api/v1/region/municipalities', 'get'>['items'][number];
export type RegionOfferQuery = NonNullable<
  paths['/api/v1/region/municipalities/{slug}/offers']['get']['parameters']['query']
>;
export type RegionOfferPage = ResponseOf<'/api/v1/region/municipalities/{slug}/offers', 'get'>;
export type RegionOffer = ResponseOf<'/api/v1/region/municipalities/{slug}/offers/{id}', 'get'>;

/** The region area's cache keys; all start with 'region'. */
const regionKeys = {
  municipalities: ['region', 'municipalities'] as const,
  offers: (slug: string, query: RegionOfferQuery) => ['region', slug, 'offers', query] as const,
  offer: (slug: string, id: string) => ['region', slug, 'offer', id] as const,
};

/** The filters (q, status, stale) and page of a municipality's offer list, as the URL holds them. */
export function regionOfferQueryOf(params: URLSearchParams): RegionOfferQuery {
  const status = OFFER_STATUSES.find((status) => status === params.get('status'));
  const stale = params.get('stale') === 'true' || undefined;
  return { q: params.get('q') || undefined, status, stale, page: pageOf(params), size: PAGE_SIZE };
}

export function useMunicipalities() {
  return useQuery({
    queryKey: regionKeys.municipalities,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/region/municipalities', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** A member municipality's name, or its slug until (or unless) the region's list names it. */
export function useMunicipalityName(slug: string): string {
  const { data } = useMunicipalities();
  return data?.items.find((municipality) => municipality.slug === slug)?.name ?? slug;
}

export function useMunicipalityOffers(slug: string, query: RegionOfferQuery) {
  return useQuery({
    queryKey: regionKeys.offers(slug, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/region/municipalities/{slug}/offers', {
          params: { path: { slug }, query },
          signal,
        }),
      ),
    // The last page stays while the next loads, but never another municipality's offers.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === slug ? keepPreviousData(previous) : undefined,
  });
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
