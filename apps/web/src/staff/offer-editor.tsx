import { useState } from 'react';
import { ApiError } from '../http/problem';
import { ErrorAlert } from '../feedback/problem-alert';
import type { Notice } from './action-notice';
import { conflictingOffer } from './conflict';
import { ConflictView } from './conflict-view';
import { t } from './messages';
import { changedFields, draftOf, updateOf, type OfferDraft } from './offer-draft';
import { OfferForm } from './offer-form';
import type { EditorOffer, useConfirmOffer, useOfferAction, useUpdateOffer } from './staff-api';
import { StatusActions } from './status-actions';

interface OfferEditorProps {
  /** The saved offer; the editor starts from it and is remounted when its version changes. */
  offer: EditorOffer;
  update: ReturnType<typeof useUpdateOffer>;
  action: ReturnType<typeof useOfferAction>;
  confirm: ReturnType<typeof useConfirmOffer>;
  onDone: (notice: Notice) => void;
  /** Drops the editor's changes and loads the offer as saved now. */
  onReload: () => void;
  /** Copies the offer as saved into a new draft. */
  duplicate: { run: () => void; pending: boolean };
}

/** The form of one version of an offer: edits, a stale-version conflict, and the status actions. */
export function OfferEditor({
  offer,
  update,
  action,
  confirm,
  onDone,
  onReload,
  duplicate,
}: OfferEditorProps) {
  const [base] = useState(() => draftOf(offer));
  const [draft, setDraft] = useState<OfferDraft>(base);
  const [unchanged, setUnchanged] = useState(false);
  const changed = changedFields(base, draft);
  const theirs = conflictingOffer(update.error);

  function save(version: number) {
    setUnchanged(changed.length === 0);
    if (changed.length === 0) return;
    update.mutate(updateOf(base, draft, version), { onSuccess: () => onDone({ message: t('done.saved') }) });
  }

  const otherError =
    update.isError && !theirs && !(update.error instanceof ApiError && update.error.problem?.errors.length);
  return (
    <>
      {theirs && (
        <ConflictView
          mine={draft}
          theirs={draftOf(theirs)}
          changed={changed}
          pending={update.isPending}
          onKeepMine={() => save(theirs.version)}
          onUseTheirs={onReload}
        />
      )}
      {otherError && <ErrorAlert error={update.error} level={2} />}
      {unchanged && <p role="status">{t('edit.unchanged')}</p>}
      <OfferForm
        draft={draft}
        onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
        error={update.error}
        pending={update.isPending}
        onSubmit={() => save(offer.version)}
        submitLabel={t('edit.save')}
      />
      <StatusActions
        offer={offer}
        dirty={changed.length > 0}
        action={action}
        confirm={confirm}
        onDone={onDone}
        onReload={onReload}
        duplicate={duplicate}
      />
    </>
  );
}
