import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import type { RequestBodyOf, ResponseOf } from '../api/types';

export type OfferListQuery = NonNullable<paths['/api/v1/admin/offers']['get']['parameters']['query']>;
export type OfferStatus = NonNullable<OfferListQuery['status']>;
export type OfferPage = ResponseOf<'/api/v1/admin/offers', 'get'>;
export type EditorOffer = ResponseOf<'/api/v1/admin/offers/{id}', 'get'>;
export type OfferUpdate = RequestBodyOf<'/api/v1/offers/{id}', 'patch'>;
export type OfferCreate = RequestBodyOf<'/api/v1/offers', 'post'>;
export type OrganizationPage = ResponseOf<'/api/v1/admin/organizations', 'get'>;
export type PostcodeArea = ResponseOf<'/api/v1/postcodes/{postcode}', 'get'>;
export type SavedOffer = ResponseOf<'/api/v1/offers/{id}', 'patch'>;
export type DashboardCounts = ResponseOf<'/api/v1/admin/dashboard', 'get'>;
export type SuggestionPage = ResponseOf<'/api/v1/admin/offer-suggestions', 'get'>;
export type OfferSuggestion = SuggestionPage['items'][number];
export type OfferRevision = ResponseOf<'/api/v1/admin/offer-revisions', 'get'>['items'][number];
export type AccessRequest = ResponseOf<'/api/v1/admin/association-access-requests', 'get'>['items'][number];
export type OfferRevisionDetail = ResponseOf<'/api/v1/admin/offer-revisions/{id}', 'get'>;
export type TransitionBody = RequestBodyOf<'/api/v1/offers/{id}/{action}', 'post'>;

/** The lifecycle actions of `POST /api/v1/offers/{id}/{action}`. */
export type OfferAction = paths['/api/v1/offers/{id}/{action}']['post']['parameters']['path']['action'];

/** Every status, in the order an offer passes through them. */
export const OFFER_STATUSES = [
  'draft',
  'in_review',
  'published',
  'archived',
] as const satisfies readonly OfferStatus[];

export const PAGE_SIZE = 20;

/** The staff area's cache keys; every key starts with 'staff', so they can be refreshed together. */
export const staffKeys = {
  dashboard: ['staff', 'dashboard'] as const,
  offers: ['staff', 'offers'] as const,
  offerList: (query: OfferListQuery) => ['staff', 'offers', query] as const,
  offer: (id: string) => ['staff', 'offer', id] as const,
  organizationChoices: (q: string) => ['staff', 'organization-choices', q] as const,
  changes: (id: string) => ['staff', 'offer', id, 'changes'] as const,
  errorReports: ['staff', 'error-reports'] as const,
  updateRequests: ['staff', 'update-requests'] as const,
  linkReport: ['staff', 'link-report'] as const,
  suggestions: ['staff', 'offer-suggestions'] as const,
  revisions: ['staff', 'offer-revisions'] as const,
  accessRequests: ['staff', 'access-requests'] as const,
};

export function useDashboard() {
  return useQuery({
    queryKey: staffKeys.dashboard,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/dashboard', { signal })),
  });
}

export function useOfferList(query: OfferListQuery) {
  return useQuery({
    queryKey: staffKeys.offerList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/offers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useEditorOffer(id: string) {
  return useQuery({
    queryKey: staffKeys.offer(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/offers/{id}', { params: { path: { id } }, signal })),
    // A refetch would replace the form under the editor's hands; a stale version is caught by the 409.
    refetchOnWindowFocus: false,
  });
}

export function useOfferChanges(id: string, enabled: boolean) {
  return useQuery({
    queryKey: staffKeys.changes(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/offers/{id}/changes', { params: { path: { id } }, signal })),
    enabled,
  });
}

/** After any change to an offer: its page shows the answer, and every list and count that may hold it refreshes. */
function offerChanged(queryClient: QueryClient, offer: EditorOffer): void {
  queryClient.setQueryData(staffKeys.offer(offer.id), offer);
  // The public pages' caches too: a publish, archive or edit changes what citizens see.
  invalidate(
    queryClient,
    staffKeys.changes(offer.id),
    staffKeys.offers,
    staffKeys.dashboard,
    ['offer', offer.id],
    ['offers'],
  );
}

export function useUpdateOffer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OfferUpdate) =>
      unwrap(api.PATCH('/api/v1/offers/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => offerChanged(queryClient, saved.offer),
  });
}

export function useCreateOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OfferCreate) => unwrap(api.POST('/api/v1/offers', { body })),
    onSuccess: (saved) => offerChanged(queryClient, saved.offer),
  });
}

/** A copy of the offer as a new draft, made by the API with everything the offer has. */
export function useDuplicateOffer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/offers/{id}/duplicate', { params: { path: { id } } })),
    onSuccess: (saved) => offerChanged(queryClient, saved.offer),
  });
}

/** The associations an offer can belong to, in every status, whose names contain `q`. */
export function useOrganizationChoices(q: string) {
  return useQuery({
    queryKey: staffKeys.organizationChoices(q),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin/organizations', {
          params: { query: { q: q || undefined, size: 100 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One association, in any status, e.g. the one a new offer is created for. */
export function useOrganizationChoice(id: string) {
  return useQuery({
    queryKey: ['staff', 'organization', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/organizations/{id}', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });
}

/** A postcode's town and centre from the API's postcode table; nothing until four digits are typed. */
export function usePostcodeArea(postcode: string) {
  return useQuery({
    queryKey: ['postcode', postcode],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/postcodes/{postcode}', { params: { path: { postcode } }, signal })),
    enabled: /^[0-9]{4}$/.test(postcode),
    staleTime: Infinity,
    retry: false,
  });
}

export function useOfferAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, ...body }: TransitionBody & { action: OfferAction }) =>
      unwrap(api.POST('/api/v1/offers/{id}/{action}', { params: { path: { id, action } }, body })),
    onSuccess: (offer) => offerChanged(queryClient, offer),
    // A refusal (stale version, status changed meanwhile) means the lists show an old state.
    onError: () => invalidate(queryClient, staffKeys.offers),
  });
}

export function useConfirmOffer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/offers/{id}/confirm', { params: { path: { id } } })),
    onSuccess: (offer) => offerChanged(queryClient, offer),
  });
}

/** One page of one of the editors' work lists; the page shown stays while the next loads. */
function usePage<Data>(key: readonly string[], page: number, load: (signal: AbortSignal) => Promise<Data>) {
  return useQuery({
    queryKey: [...key, page],
    queryFn: ({ signal }) => load(signal),
    placeholderData: keepPreviousData,
  });
}

function invalidate(queryClient: QueryClient, ...keys: (readonly string[])[]): void {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
}

const pageQuery = (page: number) => ({ page, size: PAGE_SIZE });

export const useErrorReports = (page: number) =>
  usePage(staffKeys.errorReports, page, (signal) =>
    unwrap(
      api.GET('/api/v1/admin/error-reports', {
        params: { query: { state: 'open', ...pageQuery(page) } },
        signal,
      }),
    ),
  );

export const useUpdateRequests = (page: number) =>
  usePage(staffKeys.updateRequests, page, (signal) =>
    unwrap(
      api.GET('/api/v1/admin/update-requests', {
        params: { query: { state: 'open', ...pageQuery(page) } },
        signal,
      }),
    ),
  );

export const useLinkReport = (page: number) =>
  usePage(staffKeys.linkReport, page, (signal) =>
    unwrap(
      api.GET('/api/v1/admin/link-report', {
        params: { query: { result: 'broken', ...pageQuery(page) } },
        signal,
      }),
    ),
  );

export const useOfferSuggestions = (page: number) =>
  usePage(staffKeys.suggestions, page, (signal) =>
    unwrap(
      api.GET('/api/v1/admin/offer-suggestions', {
        params: { query: { state: 'pending', ...pageQuery(page) } },
        signal,
      }),
    ),
  );

export function useResolveErrorReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/admin/error-reports/{id}/resolve', { params: { path: { id } } })),
    onSuccess: () => invalidate(queryClient, staffKeys.errorReports, staffKeys.dashboard),
  });
}

export function useResolveUpdateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; offerId: string }) =>
      unwrap(api.POST('/api/v1/admin/update-requests/{id}/resolve', { params: { path: { id } } })),
    // Resolving counts as the association's confirmation: the offer's version and dates move on.
    onSuccess: (_answer, { offerId }) =>
      invalidate(
        queryClient,
        staffKeys.updateRequests,
        staffKeys.dashboard,
        staffKeys.offer(offerId),
        staffKeys.offers,
      ),
  });
}

/** Accepting makes the suggestion a draft offer (of the suggested organisation); rejecting needs a reason. */
export function useDecideSuggestion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { accept: true } | { accept: false; reason: string }) =>
      unwrap(
        decision.accept
          ? api.POST('/api/v1/admin/offer-suggestions/{id}/accept', { params: { path: { id } }, body: {} })
          : api.POST('/api/v1/admin/offer-suggestions/{id}/reject', {
              params: { path: { id } },
              body: { reason: decision.reason },
            }),
      ),
    onSuccess: () => invalidate(queryClient, staffKeys.suggestions, staffKeys.dashboard, staffKeys.offers),
  });
}

/** Associations' proposed changes waiting for an editor. */
export const useOfferRevisions = (page: number) =>
  usePage(staffKeys.revisions, page, (signal) =>
    unwrap(
      api.GET('/api/v1/admin/offer-revisions', {
        params: { query: { status: 'pending', ...pageQuery(page) } },
        signal,
      }),
    ),
  );

/** A proposed change beside the offer's current values. */
export function useOfferRevision(id: string) {
  return useQuery({
    queryKey: [...staffKeys.revisions, id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/offer-revisions/{id}', { params: { path: { id } }, signal })),
  });
}

/** Approving applies the change to the offer (409 when it has changed since); rejecting needs a reason. */
export function useDecideRevision(revision: { id: string; offerId: string }) {
  const queryClient = useQueryClient();
  const { id } = revision;
  return useMutation({
    mutationFn: (decision: { approve: true } | { approve: false; reason: string }) =>
      unwrap(
        decision.approve
          ? api.POST('/api/v1/admin/offer-revisions/{id}/approve', { params: { path: { id } } })
          : api.POST('/api/v1/admin/offer-revisions/{id}/reject', {
              params: { path: { id } },
              body: { reason: decision.reason },
            }),
      ),
    onSettled: () =>
      invalidate(queryClient, staffKeys.revisions, staffKeys.offers, staffKeys.offer(revision.offerId)),
  });
}

/** People who asked for access to an association, waiting for an editor. */
export const useAccessRequests = (page: number) =>
  usePage(staffKeys.accessRequests, page, (signal) =>
    unwrap(
      api.GET('/api/v1/admin/association-access-requests', {
        params: { query: { status: 'pending', ...pageQuery(page) } },
        signal,
      }),
    ),
  );

/** Approving invites the person (they get a mail with a login link); rejecting needs a reason. */
export function useDecideAccessRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { approve: true } | { approve: false; reason: string }) =>
      unwrap(
        decision.approve
          ? api.POST('/api/v1/admin/association-access-requests/{id}/approve', { params: { path: { id } } })
          : api.POST('/api/v1/admin/association-access-requests/{id}/reject', {
              params: { path: { id } },
              body: { reason: decision.reason },
            }),
      ),
    onSettled: () => invalidate(queryClient, staffKeys.accessRequests),
  });
}
