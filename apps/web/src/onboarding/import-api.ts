import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { csrfHeaders } from '../api/client';
import type { RequestBodyOf, ResponseOf } from '../api/types';
import { ApiError, readProblem } from '../http/problem';
import type { TenantScope } from './tenant-scope';

/** The catalogue import API's shapes, as its OpenAPI document declares them. */
export type ImportView = ResponseOf<'/api/v1/admin/imports/{id}', 'get'>;
export type ImportStatus = ImportView['status'];
export type ImportCounts = ImportView['counts'];
export type ImportProblem = ImportView['fileProblems'][number];
export type SheetView = NonNullable<ImportView['sheet']>;
export type SheetMapping = RequestBodyOf<'/api/v1/admin/imports/{id}/mapping', 'put'>;
export type ImportRowPage = ResponseOf<'/api/v1/admin/imports/{id}/rows', 'get'>;
export type ImportRowView = ImportRowPage['items'][number];
export type RowAction = ImportRowView['action'];

export type ExportFormat = 'hsds-package' | 'hsds-json';

/** The API prefix of the scope: the chosen tenant's platform routes, or the admin's own tenant. */
export function tenantApiBase(scope: TenantScope): string {
  return scope.kind === 'platform'
    ? `/api/v1/platform/tenants/${encodeURIComponent(scope.slug)}`
    : '/api/v1/admin';
}

/** Where the catalogue export of the scope downloads from. */
export function exportUrl(scope: TenantScope, format: ExportFormat): string {
  return `${tenantApiBase(scope)}/export?format=${format}`;
}

async function send<Answer>(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...init,
    headers: { Accept: 'application/json', ...csrfHeaders(), ...(init.headers ?? {}) },
  });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return (await response.json()) as Answer;
}

const IN_PROGRESS: readonly ImportStatus[] = ['checking', 'applying'];
/** How often a running dry run or apply is asked for its progress. */
export const PROGRESS_POLL_MS = 1000;

const importKey = (scope: TenantScope, id: string) => ['imports', tenantApiBase(scope), id] as const;

export function useUploadImport(scope: TenantScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => {
      const body = new FormData();
      for (const file of files) body.append('files', file, file.name);
      return send<ImportView>(`${tenantApiBase(scope)}/imports`, { method: 'POST', body });
    },
    onSuccess: (view) => queryClient.setQueryData(importKey(scope, view.id), view),
  });
}

/** The import, asked again while it is being checked or applied, so its progress bar moves. */
export function useImport(scope: TenantScope, id: string) {
  return useQuery({
    queryKey: importKey(scope, id),
    queryFn: ({ signal }) => send<ImportView>(`${tenantApiBase(scope)}/imports/${id}`, { signal }),
    refetchInterval: (query) =>
      query.state.data && IN_PROGRESS.includes(query.state.data.status) ? PROGRESS_POLL_MS : false,
  });
}

export function useImportRows(scope: TenantScope, id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...importKey(scope, id), 'rows', page],
    queryFn: ({ signal }) =>
      send<ImportRowPage>(`${tenantApiBase(scope)}/imports/${id}/rows?only=problems&page=${page}&size=20`, {
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

function useImportChange<Input>(
  scope: TenantScope,
  id: string,
  request: (input: Input) => Promise<ImportView>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (view) => {
      queryClient.setQueryData(importKey(scope, id), view);
      await queryClient.invalidateQueries({ queryKey: [...importKey(scope, id), 'rows'] });
    },
  });
}

export function useSaveMapping(scope: TenantScope, id: string) {
  return useImportChange(scope, id, (mapping: SheetMapping) =>
    send<ImportView>(`${tenantApiBase(scope)}/imports/${id}/mapping`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(mapping),
    }),
  );
}

export function useApplyImport(scope: TenantScope, id: string) {
  return useImportChange(scope, id, () =>
    send<ImportView>(`${tenantApiBase(scope)}/imports/${id}/apply`, { method: 'POST' }),
  );
}
