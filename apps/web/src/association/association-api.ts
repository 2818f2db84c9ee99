import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { RequestBodyOf, ResponseOf } from '../api/types';

export type OwnOffers = ResponseOf<'/api/v1/association/offers', 'get'>;
export type OwnOfferSummary = OwnOffers['items'][number];
export type OwnOffer = ResponseOf<'/api/v1/association/offers/{id}', 'get'>;
export type OwnOfferChanges = RequestBodyOf<'/api/v1/association/offers/{id}', 'patch'>;

/** The association area's cache keys; every key starts with 'association'. */
const keys = {
  all: ['association'] as const,
  offers: ['association', 'offers'] as const,
  offer: (id: string) => ['association', 'offer', id] as const,
};

export function useOwnOffers() {
  return useQuery({
    queryKey: keys.offers,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/association/offers', { signal })),
  });
}

export function useOwnOffer(id: string) {
  return useQuery({
    queryKey: keys.offer(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/association/offers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useChangeOwnOffer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OwnOfferChanges) =>
      unwrap(api.PATCH('/api/v1/association/offers/{id}', { params: { path: { id } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

/** "Bekræft alle": every published offer of the association is still current. */
export function useConfirmAll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/association/offers/confirm')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.offers }),
  });
}

/** Asks for a login link; the answer is the same whether or not the address has access. */
export function useRequestLoginLink() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/auth/email-login', { body: { email } })),
  });
}
