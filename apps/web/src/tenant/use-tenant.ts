import { useQuery } from '@tanstack/react-query';
import { fetchTenant, type TenantLoadError } from './fetch-tenant';
import { inlinedTenant, type PublicTenant } from './tenant';

export type TenantState =
  | { status: 'loading' }
  | { status: 'ready'; tenant: PublicTenant }
  | { status: 'error'; error: TenantLoadError };

const initialTenant = inlinedTenant();

/** The tenant of this host: inlined by the server when it can be, otherwise asked for once. */
export function useTenant(): TenantState {
  const query = useQuery({
    queryKey: ['tenant'],
    queryFn: ({ signal }) => fetchTenant(signal),
    initialData: initialTenant && { ok: true as const, tenant: initialTenant },
    staleTime: 5 * 60_000,
  });
  if (!query.data) return { status: 'loading' };
  return query.data.ok
    ? { status: 'ready', tenant: query.data.tenant }
    : { status: 'error', error: query.data.error };
}
