import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { ResponseOf } from '../api/types';

export type Offer = ResponseOf<'/api/v1/offers/{id}', 'get'>;
export type Organization = ResponseOf<'/api/v1/organizations/{id}', 'get'>;

/** One public offer; shared by its page and the handouts that list it, so each is fetched once. */
export const offerQuery = (id: string) =>
  queryOptions({
    queryKey: ['offer', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/offers/{id}', { params: { path: { id } }, signal })),
  });

export function useOffer(id: string) {
  return useQuery(offerQuery(id));
}

export function useOrganization(id: string) {
  return useQuery({
    queryKey: ['organization', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } }, signal })),
  });
}
