import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { RequestBodyOf, ResponseOf } from '../../api/types';
import { staffKeys } from '../staff-api';

export type OrganizationListQuery = NonNullable<
  paths['/api/v1/admin/organizations']['get']['parameters']['query']
>;
export type OrganizationStatus = NonNullable<OrganizationListQuery['status']>;
export type OrganizationPage = ResponseOf<'/api/v1/admin/organizations', 'get'>;
export type EditorOrganization = ResponseOf<'/api/v1/admin/organizations/{id}', 'get'>;
export type NewOrganization = RequestBodyOf<'/api/v1/organizations', 'post'>;
export type OrganizationUpdate = RequestBodyOf<'/api/v1/organizations/{id}', 'patch'>;
export type OrganizationAction =
  paths['/api/v1/organizations/{id}/{action}']['post']['parameters']['path']['action'];

export const organizationKeys = {
  all: ['staff', 'organizations'] as const,
  list: (query: OrganizationListQuery) => ['staff', 'organizations', query] as const,
  one: (id: string) => ['staff', 'organization', id] as const,
};

export function useOrganizationList(query: OrganizationListQuery) {
  return useQuery({
    queryKey: organizationKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/organizations', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useEditorOrganization(id: string) {
  return useQuery({
    queryKey: organizationKeys.one(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/organizations/{id}', { params: { path: { id } }, signal })),
    // A refetch would replace the form under the editor's hands; a stale version is caught by the 409.
    refetchOnWindowFocus: false,
  });
}

/**
 * After any change to an organisation: its page shows the answer, and the lists, its offers
 * (whose visibility follows its status) and the public pages that show it refresh.
 */
function organizationChanged(queryClient: QueryClient, organization: EditorOrganization): void {
  queryClient.setQueryData(organizationKeys.one(organization.id), organization);
  for (const queryKey of [
    organizationKeys.all,
    staffKeys.offers,
    ['organization', organization.id],
    ['offers'],
  ]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOrganization) => unwrap(api.POST('/api/v1/organizations', { body })),
    onSuccess: (organization) => organizationChanged(queryClient, organization),
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationUpdate) =>
      unwrap(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body })),
    onSuccess: (organization) => organizationChanged(queryClient, organization),
  });
}

export function useOrganizationAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version }: { action: OrganizationAction; version: number }) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/{action}', {
          params: { path: { id, action } },
          body: { version },
        }),
      ),
    onSuccess: (organization) => organizationChanged(queryClient, organization),
  });
}
