import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { ApiError } from '../http/problem';
import { changedFields, draftOf, updateOf, type OfferDraft } from '../staff/offer-draft';
import { OfferForm } from '../staff/offer-form';
import { useChangeOwnOffer, useOwnOffer, type OwnOffer } from './association-api';
import { t } from './messages';

/** The staff offer form over one version of the association's own offer. */
function OwnOfferForm({ offer, pending }: { offer: OwnOffer['offer']; pending: boolean }) {
  const change = useChangeOwnOffer(offer.id);
  const [base] = useState(() => draftOf(offer));
  const [draft, setDraft] = useState<OfferDraft>(base);
  const fieldProblem = change.error instanceof ApiError && change.error.problem?.errors.length;
  return (
    <>
      <div role="status">
        {change.isSuccess && (
          <p className="notice notice--success">
            {change.data.outcome === 'applied' ? t('edit.applied') : t('edit.inReview')}
          </p>
        )}
      </div>
      {pending && <p>{t('edit.pending')}</p>}
      {change.isError && !fieldProblem && <ErrorAlert error={change.error} level={2} />}
      <OfferForm
        draft={draft}
        onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
        error={change.error}
        pending={change.isPending}
        submitLabel={t('edit.submit')}
        associationFixed
        onSubmit={() => {
          if (changedFields(base, draft).length > 0) change.mutate(updateOf(base, draft, offer.version));
        }}
      />
    </>
  );
}

/** /min-forening/tilbud/:id — the association corrects its own offer. */
export function OwnOfferEditPage() {
  const { id = '' } = useParams();
  const own = useOwnOffer(id);
  useDocumentTitle(own.data?.offer.name);
  if (own.isPending) return <LoadingStatus />;
  if (own.isError) return <ErrorAlert error={own.error} />;
  const { offer, pendingRevision } = own.data;
  return (
    <>
      <p>
        <Link to="/min-forening">{t('edit.back')}</Link>
      </p>
      <h1>{offer.name}</h1>
      <OwnOfferForm key={offer.version} offer={offer} pending={pendingRevision !== null} />
    </>
  );
}
