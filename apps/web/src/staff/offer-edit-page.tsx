import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatDate } from '../i18n/format';
import { ActionNotice, type Notice } from './action-notice';
import { ChangeHistory } from './change-history';
import { t } from './messages';
import { useArrival, useOpenCreatedOffer } from './offer-arrival';
import { OfferEditor } from './offer-editor';
import { PossibleDuplicates } from './possible-duplicates';
import { PlacesToCheck } from './publishing/places-to-check';
import {
  useConfirmOffer,
  useDuplicateOffer,
  useEditorOffer,
  useOfferAction,
  useUpdateOffer,
} from './staff-api';

/** /personale/tilbud/:id — an offer's fields, status and history for an editor. */
export function OfferEditPage() {
  const { id = '' } = useParams();
  // Keyed by id: a copy opens a new editor, not the original's with its state.
  return <OfferEditPageOf key={id} id={id} />;
}

function OfferEditPageOf({ id }: { id: string }) {
  const offer = useEditorOffer(id);
  // The mutations live here, above the editor that is remounted with each new version.
  const update = useUpdateOffer(id);
  const action = useOfferAction(id);
  const confirm = useConfirmOffer(id);
  const duplicate = useDuplicateOffer(id);
  const openCreated = useOpenCreatedOffer();
  const arrival = useArrival();
  const [notice, setNotice] = useState<Notice | undefined>(arrival?.notice);
  useDocumentTitle(offer.data ? t('edit.title', { name: offer.data.name }) : undefined);

  if (offer.isPending) return <LoadingStatus />;
  if (offer.isError) return <ErrorAlert error={offer.error} />;
  const { data } = offer;
  const reload = () => {
    update.reset();
    action.reset();
    setNotice(undefined);
    void offer.refetch();
  };
  const failed = update.isError || action.isError || confirm.isError || duplicate.isError;
  const duplicates = update.isSuccess ? update.data.possibleDuplicates : (arrival?.possibleDuplicates ?? []);
  return (
    <>
      <p>
        <Link to="/personale/tilbud">{t('edit.back')}</Link>
      </p>
      <h1>{data.name}</h1>
      <p className="lead">
        {t('edit.by', { organization: data.organization?.name ?? '' })}{' '}
        {data.assuredDate
          ? t('edit.confirmedOn', { date: formatDate(data.assuredDate) })
          : t('edit.neverConfirmed')}
      </p>
      {/* Its association unpublished, the offer has no public page to link to. */}
      {data.status === 'published' && data.organization.status === 'published' && (
        <p>
          <Link to={`/tilbud/${data.id}`}>{t('edit.publicPage')}</Link>
        </p>
      )}
      {duplicate.isError && <ErrorAlert error={duplicate.error} level={2} />}
      <ActionNotice notice={failed ? undefined : notice} />
      <PlacesToCheck offer={data} />
      <PossibleDuplicates duplicates={duplicates} />
      <OfferEditor
        key={data.version}
        offer={data}
        update={update}
        action={action}
        confirm={confirm}
        onDone={setNotice}
        onReload={reload}
        duplicate={{
          run: () =>
            duplicate.mutate(undefined, { onSuccess: (saved) => openCreated(saved, t('done.duplicated')) }),
          pending: duplicate.isPending,
        }}
      />
      <ChangeHistory offerId={data.id} />
    </>
  );
}
