import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { ResponseOf } from '../api/types';

/** The municipality, region or national portal an offer belongs to, with its public address. */
export type OfferTenant = ResponseOf<'/api/v1/offers/{id}', 'get'>['tenant'];

/** An active tenant of the network, as "Find din kommune" lists it. */
export type NetworkTenant = ResponseOf<'/api/v1/network/tenants', 'get'>['items'][number];

/** Every active municipality, region and national portal; changes seldom, so kept a while. */
export function useNetworkTenants() {
  return useQuery({
    queryKey: ['network', 'tenants'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/network/tenants', { signal })),
    staleTime: 10 * 60_000,
  });
}
