import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { QueryOf, RequestBodyOf, ResponseOf } from '../api/types';

export type UserPage = ResponseOf<'/api/v1/admin/users', 'get'>;
export type Membership = UserPage['items'][number];
export type UsersQuery = QueryOf<'/api/v1/admin/users'>;
export type MembershipStatus = Membership['status'];
export type Invitation = RequestBodyOf<'/api/v1/admin/users', 'post'>;
export type StaffRole = Invitation['role'];
export type Settings = ResponseOf<'/api/v1/admin/settings', 'get'>;
export type SettingsChanges = RequestBodyOf<'/api/v1/admin/settings', 'patch'>;
export type SearchStats = ResponseOf<'/api/v1/admin/search-stats', 'get'>;
export type SearchStatsQuery = QueryOf<'/api/v1/admin/search-stats'>;
export type AuditLogPage = ResponseOf<'/api/v1/admin/audit-log', 'get'>;
export type AuditLogQuery = QueryOf<'/api/v1/admin/audit-log'>;
export type OutboxPage = ResponseOf<'/api/v1/admin/outbox', 'get'>;
export type OutboxQuery = QueryOf<'/api/v1/admin/outbox'>;
export type OutboxMessage = ResponseOf<'/api/v1/admin/outbox/{id}', 'get'>;
export type NationalOfferList = ResponseOf<'/api/v1/admin/national-offers', 'get'>;
export type NationalOffer = NationalOfferList['items'][number];

const USERS = ['admin', 'users'] as const;
const SETTINGS = ['admin', 'settings'] as const;
const NATIONAL_OFFERS = ['admin', 'national-offers'] as const;

export function useUsers(query: UsersQuery) {
  return useQuery({
    queryKey: [...USERS, query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/users', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Invitation) => unwrap(api.POST('/api/v1/admin/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS }),
  });
}

/** What a tenant administrator can do to one membership. */
export type MembershipAction =
  | { kind: 'changeRole'; role: StaffRole }
  | { kind: 'deactivate' }
  | { kind: 'reactivate' }
  | { kind: 'withdraw' };

function runMembershipAction(member: Membership, action: MembershipAction): Promise<unknown> {
  const path = { id: member.id };
  const version = member.version;
  switch (action.kind) {
    case 'changeRole':
      return unwrap(
        api.PATCH('/api/v1/admin/users/{id}', { params: { path }, body: { role: action.role, version } }),
      );
    case 'deactivate':
      return unwrap(api.POST('/api/v1/admin/users/{id}/deactivate', { params: { path }, body: { version } }));
    case 'reactivate':
      return unwrap(api.POST('/api/v1/admin/users/{id}/reactivate', { params: { path }, body: { version } }));
    case 'withdraw':
      return unwrap(api.DELETE('/api/v1/admin/users/{id}', { params: { path } }));
  }
}

/** Changes to one membership. The list is read again afterwards, also after a refusal: a 409 means it is out of date. */
export function useMembershipAction(member: Membership) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: MembershipAction) => runMembershipAction(member, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS }),
  });
}

export function useSettings() {
  return useQuery({
    queryKey: SETTINGS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/settings', { signal })),
  });
}

/** Saves the settings; the contact details and accessibility statement show in every page's footer. */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsChanges) => unwrap(api.PATCH('/api/v1/admin/settings', { body })),
    onSuccess: (settings) => {
      queryClient.setQueryData(SETTINGS, settings);
      return queryClient.invalidateQueries({ queryKey: ['tenant'] });
    },
  });
}

export function useSearchStats(query: SearchStatsQuery) {
  return useQuery({
    queryKey: ['admin', 'search-stats', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/search-stats', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(query: AuditLogQuery) {
  return useQuery({
    queryKey: ['admin', 'audit-log', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/audit-log', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(query: OutboxQuery) {
  return useQuery({
    queryKey: ['admin', 'outbox', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/outbox', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxMessage(id: string) {
  return useQuery({
    queryKey: ['admin', 'outbox-message', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/outbox/{id}', { params: { path: { id } }, signal })),
  });
}

export function useNationalOffers() {
  return useQuery({
    queryKey: NATIONAL_OFFERS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/national-offers', { signal })),
  });
}

/** Hides a national offer from this municipality's site, or shows it again; the list keeps the saved switch. */
export function useSetNationalOfferHidden() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, hidden }: { id: string; hidden: boolean }) =>
      unwrap(api.PUT('/api/v1/admin/national-offers/{id}', { params: { path: { id } }, body: { hidden } })),
    onSuccess: (saved) =>
      queryClient.setQueryData<NationalOfferList>(NATIONAL_OFFERS, (list) =>
        list ? { items: list.items.map((offer) => (offer.id === saved.id ? saved : offer)) } : list,
      ),
  });
}
