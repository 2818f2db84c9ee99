import { useSearchParams } from 'react-router';
import { t } from './messages';
import { ProposedChanges } from './proposed-changes';
import { ResolvableList } from './resolvable-list';
import { useResolveUpdateRequest, useUpdateRequests } from './staff-api';
import { pageOf } from '../layout/pager';

/**
 * Corrections associations sent through their reminder link. The editor applies them in the offer's
 * form, then marks the request resolved, which also counts as the association's confirmation.
 */
export function UpdateRequestsSection() {
  const [params] = useSearchParams();
  const page = pageOf(params, 'rettelser');
  const requests = useUpdateRequests(page);
  const resolve = useResolveUpdateRequest();
  return (
    <ResolvableList
      id="rettelser"
      title={t('reports.updateRequests')}
      intro={t('reports.updateRequestsIntro')}
      empty={t('reports.noUpdateRequests')}
      detailHeading={t('reports.proposed')}
      page={page}
      pageKey="rettelser"
      list={requests}
      resolve={resolve}
      detail={(request) => <ProposedChanges proposed={request.proposed} />}
      resolveLabel={(request) => t('reports.resolveRequestLabel', { name: request.offerName })}
      onResolve={(request) => resolve.mutate({ id: request.id, offerId: request.offerId })}
    />
  );
}
