import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { RequestBodyOf, ResponseOf } from '../api/types';

export type PlatformTenant = ResponseOf<'/api/v1/platform/tenants', 'get'>[number];
export type NewTenant = RequestBodyOf<'/api/v1/platform/tenants', 'post'>;
export type ProvisioningResult = ResponseOf<'/api/v1/platform/tenants', 'post'>;
export type TenantKind = NewTenant['kind'];
export type TenantStatusChange = 'suspend' | 'resume';

const TENANTS = ['platform', 'tenants'] as const;

export function useTenants() {
  return useQuery({
    queryKey: TENANTS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/platform/tenants', { signal })),
  });
}

/** Creates a tenant, or adds what is missing (domains, region) to the one with that slug. */
export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTenant) => unwrap(api.POST('/api/v1/platform/tenants', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TENANTS }),
  });
}

/** Suspends a tenant (its pages and API answer no more) or lets it resume. */
export function useTenantStatus(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: TenantStatusChange) => {
      const params = { path: { slug } };
      return unwrap(
        change === 'suspend'
          ? api.POST('/api/v1/platform/tenants/{slug}/suspend', { params })
          : api.POST('/api/v1/platform/tenants/{slug}/resume', { params }),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: TENANTS }),
  });
}

/** Deletes a suspended tenant for good; the API refuses without a current backup or the typed slug. */
export function useDeleteTenant(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (confirm: string) =>
      unwrap(
        api.DELETE('/api/v1/platform/tenants/{slug}', { params: { path: { slug } }, body: { confirm } }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['platform', 'tenant', slug] });
      return queryClient.invalidateQueries({ queryKey: TENANTS });
    },
  });
}

/** Where the browser downloads a tenant's whole backup (streamed by the API, saved by the browser). */
export const backupDownloadUrl = (slug: string) =>
  `/api/v1/platform/tenants/${encodeURIComponent(slug)}/backup`;
