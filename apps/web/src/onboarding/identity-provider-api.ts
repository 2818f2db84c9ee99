import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { RequestBodyOf, ResponseOf } from '../api/types';
import { ApiError } from '../http/problem';
import type { TenantScope } from './tenant-scope';

export type OidcConfig = ResponseOf<'/api/v1/admin/oidc', 'get'>;
export type OidcConfigInput = RequestBodyOf<'/api/v1/admin/oidc', 'put'>;
export type OidcRegistration = ResponseOf<'/api/v1/admin/oidc/registration', 'get'>;
export type OidcTestInput = RequestBodyOf<'/api/v1/admin/oidc/test', 'post'>;
export type OidcConnectionReport = ResponseOf<'/api/v1/admin/oidc/test', 'post'>;
export type OidcPreset = OidcConfig['preset'];

const keyOf = (scope: TenantScope) => ['oidc', scope.kind === 'platform' ? scope.slug : 'own'] as const;

/** The saved configuration, or null while the tenant has none (the API answers 404). */
export function useOidcConfig(scope: TenantScope) {
  return useQuery({
    queryKey: [...keyOf(scope), 'config'],
    queryFn: async ({ signal }): Promise<OidcConfig | null> => {
      try {
        return await unwrap(
          scope.kind === 'platform'
            ? api.GET('/api/v1/platform/tenants/{slug}/oidc', {
                params: { path: { slug: scope.slug } },
                signal,
              })
            : api.GET('/api/v1/admin/oidc', { signal }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useOidcRegistration(scope: TenantScope) {
  return useQuery({
    queryKey: [...keyOf(scope), 'registration'],
    queryFn: ({ signal }) =>
      unwrap(
        scope.kind === 'platform'
          ? api.GET('/api/v1/platform/tenants/{slug}/oidc/registration', {
              params: { path: { slug: scope.slug } },
              signal,
            })
          : api.GET('/api/v1/admin/oidc/registration', { signal }),
      ),
  });
}

export function useSaveOidc(scope: TenantScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OidcConfigInput) =>
      unwrap(
        scope.kind === 'platform'
          ? api.PUT('/api/v1/platform/tenants/{slug}/oidc', { params: { path: { slug: scope.slug } }, body })
          : api.PUT('/api/v1/admin/oidc', { body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(scope) }),
  });
}

/** "Test forbindelse" of what the form holds; the saved configuration's result is kept by the API. */
export function useTestOidc(scope: TenantScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OidcTestInput) =>
      unwrap(
        scope.kind === 'platform'
          ? api.POST('/api/v1/platform/tenants/{slug}/oidc/test', {
              params: { path: { slug: scope.slug } },
              body,
            })
          : api.POST('/api/v1/admin/oidc/test', { body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...keyOf(scope), 'config'] }),
  });
}

/** The demo's development IdP for the tenant, in one action (platform only). */
export function useDevelopmentIdp(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/platform/tenants/{slug}/oidc/development', { params: { path: { slug } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['oidc', slug] }),
  });
}
