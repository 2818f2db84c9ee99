import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../feedback/problem-alert';
import type { Notice } from './action-notice';
import { t } from './messages';
import { PublishButton } from './publishing/publish-button';
import { publishedMessage } from './publishing/visibility';
import { RejectForm } from './reject-form';
import { offerRejectionMail } from './rejection-mail';
import { useOfferAction, type OfferPage } from './staff-api';

type ListedOffer = OfferPage['items'][number];

/** One offer waiting for review: approve it, or reject it with a reason. */
export function ReviewItem({ offer, onDone }: { offer: ListedOffer; onDone: (notice: Notice) => void }) {
  const action = useOfferAction(offer.id);
  const [rejecting, setRejecting] = useState(false);
  const headingId = `review-${offer.id}`;
  return (
    <li className="result">
      <h3 id={headingId}>
        <Link to={`/personale/tilbud/${offer.id}`}>{offer.name}</Link>
      </h3>
      <p className="result__organization">{offer.organization?.name}</p>
      {offer.summary && <p className="result__summary">{offer.summary}</p>}
      {action.isError && <ErrorAlert error={action.error} level={2} />}
      {rejecting ? (
        <RejectForm
          label={t('reject.label', { name: offer.name })}
          pending={action.isPending}
          onCancel={() => setRejecting(false)}
          onReject={(reason) => {
            const next = offerRejectionMail(offer, reason);
            action.mutate(
              { action: 'reopen', version: offer.version, reason },
              { onSuccess: () => onDone({ message: t('done.rejectNamed', { name: offer.name }), next }) },
            );
          }}
        />
      ) : (
        <div className="staff-actions">
          <PublishButton
            offer={offer}
            action={action}
            label={t('action.approve')}
            ariaLabel={t('review.approveLabel', { name: offer.name })}
            className="button button--primary"
            disabled={action.isPending}
            onPublished={(saved) =>
              onDone({
                message: saved.visibleToCitizens
                  ? t('done.approveNamed', { name: offer.name })
                  : `${offer.name}: ${publishedMessage(saved)}`,
              })
            }
          />
          <button
            type="button"
            className="button button--danger"
            aria-label={t('review.rejectLabel', { name: offer.name })}
            onClick={() => setRejecting(true)}
          >
            {t('action.reject')}
          </button>
        </div>
      )}
    </li>
  );
}
