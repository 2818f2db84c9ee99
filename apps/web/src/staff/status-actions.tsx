import { useState } from 'react';
import { ErrorAlert } from '../feedback/problem-alert';
import type { Notice } from './action-notice';
import { conflictingOffer } from './conflict';
import { t } from './messages';
import { RejectForm } from './reject-form';
import { offerRejectionMail } from './rejection-mail';
import { PublishButton } from './publishing/publish-button';
import { publishedMessage, statusLine } from './publishing/visibility';
import type { EditorOffer, OfferAction, OfferStatus, useConfirmOffer, useOfferAction } from './staff-api';

/** What an editor may do from each status (the API's lifecycle); rejecting is reopening with a reason. */
const ACTIONS: Record<OfferStatus, OfferAction[]> = {
  draft: ['submit', 'publish', 'archive'],
  in_review: ['publish', 'archive'],
  published: ['archive'],
  archived: ['reopen'],
};

interface StatusActionsProps {
  offer: EditorOffer;
  /** Unsaved edits: a status change would load the saved offer over them. */
  dirty: boolean;
  action: ReturnType<typeof useOfferAction>;
  confirm: ReturnType<typeof useConfirmOffer>;
  onDone: (notice: Notice) => void;
  onReload: () => void;
  /** Copies the offer as saved; unsaved edits would not be in the copy, so it waits for them too. */
  duplicate: { run: () => void; pending: boolean };
}

/** Publish, approve, reject, archive, reopen and confirm, as the offer's status allows. */
export function StatusActions({
  offer,
  dirty,
  action,
  confirm,
  onDone,
  onReload,
  duplicate,
}: StatusActionsProps) {
  const [rejecting, setRejecting] = useState(false);
  const pending = action.isPending || confirm.isPending;
  const run = (name: OfferAction, notice: Notice, reason?: string) =>
    action.mutate({ action: name, version: offer.version, reason }, { onSuccess: () => onDone(notice) });
  const labelOf = (name: OfferAction) =>
    name === 'publish' && offer.status === 'in_review'
      ? t('action.approve')
      : name === 'archive' && offer.status === 'published'
        ? t('action.unpublish')
        : t(`action.${name}`);

  return (
    <section className="section" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('status.heading')}</h2>
      <p>{statusLine(offer, t(`status.${offer.status}`))}</p>
      {dirty && (
        <p className="hint" id="status-dirty">
          {t('status.saveFirst')}
        </p>
      )}
      {action.isError && <ErrorAlert error={action.error} level={2} />}
      {confirm.isError && <ErrorAlert error={confirm.error} level={2} />}
      {conflictingOffer(action.error) && (
        <p>
          <button type="button" className="button" onClick={onReload}>
            {t('conflict.useTheirs')}
          </button>
        </p>
      )}
      <div className="staff-actions">
        {ACTIONS[offer.status].map((name) =>
          name === 'publish' ? (
            <PublishButton
              key={name}
              offer={offer}
              action={action}
              label={labelOf(name)}
              className="button"
              disabled={pending || dirty}
              describedBy={dirty ? 'status-dirty' : undefined}
              onPublished={(saved) => onDone({ message: publishedMessage(saved) })}
            />
          ) : (
            <button
              key={name}
              type="button"
              className={name === 'archive' ? 'button button--danger' : 'button'}
              disabled={pending || dirty}
              aria-describedby={dirty ? 'status-dirty' : undefined}
              onClick={() => run(name, { message: t(`done.${name}`) })}
            >
              {labelOf(name)}
            </button>
          ),
        )}
        {offer.status === 'in_review' && !rejecting && (
          <button
            type="button"
            className="button button--danger"
            disabled={pending || dirty}
            onClick={() => setRejecting(true)}
          >
            {t('action.reject')}
          </button>
        )}
        {offer.status === 'published' && (
          <button
            type="button"
            className="button"
            disabled={pending || dirty}
            onClick={() =>
              confirm.mutate(undefined, { onSuccess: () => onDone({ message: t('done.confirm') }) })
            }
          >
            {t('action.confirm')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={pending || dirty || duplicate.pending}
          aria-describedby={dirty ? 'status-dirty' : undefined}
          onClick={duplicate.run}
        >
          {t('action.duplicate')}
        </button>
      </div>
      {rejecting && (
        <RejectForm
          label={t('reject.label', { name: offer.name })}
          pending={pending}
          onCancel={() => setRejecting(false)}
          onReject={(reason) => {
            const next = offerRejectionMail(offer, reason);
            run('reopen', { message: t('done.reject'), next }, reason);
          }}
        />
      )}
    </section>
  );
}
