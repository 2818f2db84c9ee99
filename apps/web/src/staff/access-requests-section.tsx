import { useState } from 'react';
import { ErrorAlert } from '../feedback/problem-alert';
import type { Notice } from './action-notice';
import { DecisionSection } from './decision-section';
import { t } from './messages';
import { RejectForm } from './reject-form';
import { useAccessRequests, useDecideAccessRequest, type AccessRequest } from './staff-api';

function AccessRequestItem({
  request,
  onDone,
}: {
  request: AccessRequest;
  onDone: (notice: Notice) => void;
}) {
  const decide = useDecideAccessRequest(request.id);
  const [rejecting, setRejecting] = useState(false);
  const who = request.name;
  return (
    <li className="result">
      <h3>{t('access.heading', { who, organization: request.organizationName })}</h3>
      <p className="result__organization">{request.email}</p>
      {request.message && <p className="staff-message">{request.message}</p>}
      {decide.isError && <ErrorAlert error={decide.error} level={2} />}
      {rejecting ? (
        <RejectForm
          label={t('reject.label', { name: who })}
          hint={t('access.rejectHint')}
          pending={decide.isPending}
          onCancel={() => setRejecting(false)}
          onReject={(reason) =>
            decide.mutate(
              { approve: false, reason },
              { onSuccess: () => onDone({ message: t('access.rejected', { who }) }) },
            )
          }
        />
      ) : (
        <div className="staff-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={decide.isPending}
            aria-label={t('access.approveLabel', { who })}
            onClick={() =>
              decide.mutate(
                { approve: true },
                { onSuccess: () => onDone({ message: t('access.approved', { who, email: request.email }) }) },
              )
            }
          >
            {t('access.approve')}
          </button>
          <button
            type="button"
            className="button button--danger"
            aria-label={t('access.rejectLabel', { who })}
            onClick={() => setRejecting(true)}
          >
            {t('action.reject')}
          </button>
        </div>
      )}
    </li>
  );
}

/** People who asked, from an association's page, to keep its offers up to date. */
export function AccessRequestsSection({ onDone }: { onDone: (notice: Notice) => void }) {
  return (
    <DecisionSection
      anchor="adgang"
      title={t('access.title')}
      none={t('access.none')}
      pagesLabel={t('access.pages')}
      usePageOf={useAccessRequests}
      item={(request) => <AccessRequestItem key={request.id} request={request} onDone={onDone} />}
    />
  );
}
