import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { RequestBodyOf, ResponseOf } from '../api/types';
import { applyTheme } from '../tenant/apply-theme';
import type { TenantScope } from './tenant-scope';

export type Theme = ResponseOf<'/api/v1/admin/theme', 'get'>;
export type ThemeChanges = RequestBodyOf<'/api/v1/admin/theme', 'patch'>;
export type Statement = ResponseOf<'/api/v1/admin/accessibility-statement', 'get'>;
export type StatementChange = RequestBodyOf<'/api/v1/admin/accessibility-statement', 'put'>;
export type GeneratedStatement = NonNullable<Statement['generated']>;
export type Checklist = ResponseOf<'/api/v1/platform/tenants/{slug}/onboarding', 'get'>;
export type ChecklistStep = Checklist['steps'][number];
export type TenantDetail = ResponseOf<'/api/v1/platform/tenants/{slug}', 'get'>;
export type Invitation = RequestBodyOf<'/api/v1/platform/tenants/{slug}/invitations', 'post'>;

/** Query keys of one scope, so a platform operator's tenants never share a cache entry. */
const keyOf = (scope: TenantScope, what: string) =>
  scope.kind === 'platform' ? ['platform', 'tenant', scope.slug, what] : ['admin', what];
const tenantKey = (slug: string) => ['platform', 'tenant', slug];
export const checklistKey = (slug: string) => ['platform', 'tenant', slug, 'onboarding'];

/** What the page shows changes after a step: the checklist, or the own tenant's inlined data. */
function refreshAfterStep(queryClient: ReturnType<typeof useQueryClient>, scope: TenantScope) {
  return scope.kind === 'platform'
    ? queryClient.invalidateQueries({ queryKey: tenantKey(scope.slug) })
    : queryClient.invalidateQueries({ queryKey: ['tenant'] });
}

export function useTenantDetail(slug: string) {
  return useQuery({
    queryKey: [...tenantKey(slug), 'detail'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/platform/tenants/{slug}', { params: { path: { slug } }, signal })),
    // An empty slug: the caller works on its own tenant and has no platform tenant to read.
    enabled: slug !== '',
  });
}

export function useChecklist(slug: string) {
  return useQuery({
    queryKey: checklistKey(slug),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/platform/tenants/{slug}/onboarding', { params: { path: { slug } }, signal })),
    enabled: slug !== '',
  });
}

export function useScopedTheme(scope: TenantScope) {
  return useQuery({
    queryKey: keyOf(scope, 'theme'),
    queryFn: ({ signal }) =>
      unwrap(
        scope.kind === 'platform'
          ? api.GET('/api/v1/platform/tenants/{slug}/theme', {
              params: { path: { slug: scope.slug } },
              signal,
            })
          : api.GET('/api/v1/admin/theme', { signal }),
      ),
  });
}

/** A saved theme: kept as the step's data; the administrator's own pages show it at once. */
function useThemeSaved(scope: TenantScope) {
  const queryClient = useQueryClient();
  return (theme: Theme) => {
    queryClient.setQueryData(keyOf(scope, 'theme'), theme);
    if (scope.kind === 'own') applyTheme(theme);
    return refreshAfterStep(queryClient, scope);
  };
}

export function useSaveScopedTheme(scope: TenantScope) {
  const saved = useThemeSaved(scope);
  return useMutation({
    mutationFn: (body: ThemeChanges) =>
      unwrap(
        scope.kind === 'platform'
          ? api.PATCH('/api/v1/platform/tenants/{slug}/theme', {
              params: { path: { slug: scope.slug } },
              body,
            })
          : api.PATCH('/api/v1/admin/theme', { body }),
      ),
    onSuccess: saved,
  });
}

/** The file itself as the body: its type is read from its bytes by the API, not from its name. */
const asFileBody = (file: File) => ({
  body: file as unknown as string,
  bodySerializer: (body: unknown) => body as BodyInit,
  headers: { 'Content-Type': file.type || 'application/octet-stream' },
});

export function useUploadLogo(scope: TenantScope) {
  const saved = useThemeSaved(scope);
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        scope.kind === 'platform'
          ? api.PUT('/api/v1/platform/tenants/{slug}/logo', {
              params: { path: { slug: scope.slug } },
              ...asFileBody(file),
            })
          : api.PUT('/api/v1/admin/theme/logo', asFileBody(file)),
      ),
    onSuccess: saved,
  });
}

export function useRemoveLogo(scope: TenantScope) {
  const saved = useThemeSaved(scope);
  return useMutation({
    mutationFn: () =>
      unwrap(
        scope.kind === 'platform'
          ? api.DELETE('/api/v1/platform/tenants/{slug}/logo', { params: { path: { slug: scope.slug } } })
          : api.DELETE('/api/v1/admin/theme/logo'),
      ),
    onSuccess: saved,
  });
}

export function useStatement(scope: TenantScope) {
  return useQuery({
    queryKey: keyOf(scope, 'accessibility-statement'),
    queryFn: ({ signal }) =>
      unwrap(
        scope.kind === 'platform'
          ? api.GET('/api/v1/platform/tenants/{slug}/accessibility-statement', {
              params: { path: { slug: scope.slug } },
              signal,
            })
          : api.GET('/api/v1/admin/accessibility-statement', { signal }),
      ),
  });
}

export function useSaveStatement(scope: TenantScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StatementChange) =>
      unwrap(
        scope.kind === 'platform'
          ? api.PUT('/api/v1/platform/tenants/{slug}/accessibility-statement', {
              params: { path: { slug: scope.slug } },
              body,
            })
          : api.PUT('/api/v1/admin/accessibility-statement', { body }),
      ),
    onSuccess: (statement) => {
      queryClient.setQueryData(keyOf(scope, 'accessibility-statement'), statement);
      return refreshAfterStep(queryClient, scope);
    },
  });
}

/** Invites an administrator of the tenant; the API sends the invitation mail through the tenant's outbox. */
export function useInviteAdmin(scope: TenantScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Invitation) =>
      unwrap(
        scope.kind === 'platform'
          ? api.POST('/api/v1/platform/tenants/{slug}/invitations', {
              params: { path: { slug: scope.slug } },
              body,
            })
          : api.POST('/api/v1/admin/users', { body }),
      ),
    onSuccess: () =>
      scope.kind === 'platform'
        ? queryClient.invalidateQueries({ queryKey: tenantKey(scope.slug) })
        : queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useAddDomain(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (host: string) =>
      unwrap(
        api.POST('/api/v1/platform/tenants/{slug}/domains', { params: { path: { slug } }, body: { host } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKey(slug) }),
  });
}

export function useRemoveDomain(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (host: string) =>
      unwrap(
        api.DELETE('/api/v1/platform/tenants/{slug}/domains/{host}', { params: { path: { slug, host } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKey(slug) }),
  });
}
