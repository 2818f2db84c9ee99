import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { ApiError } from '../http/problem';
import { t } from './messages';
import { useOpenCreatedOffer } from './offer-arrival';
import { createOf, emptyDraft, type OfferDraft } from './offer-draft';
import { OfferForm } from './offer-form';
import { useCreateOffer } from './staff-api';

/** /personale/tilbud/nyt — a new offer, saved as a draft; `?forening=<id>` chooses its association. */
export function OfferCreatePage() {
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<OfferDraft>(() => emptyDraft(params.get('forening') ?? ''));
  const create = useCreateOffer();
  const openCreated = useOpenCreatedOffer();
  useDocumentTitle(t('create.title'));
  const otherError =
    create.isError && !(create.error instanceof ApiError && create.error.problem?.errors.length);
  return (
    <>
      <p>
        <Link to="/personale/tilbud">{t('edit.back')}</Link>
      </p>
      <h1>{t('create.title')}</h1>
      <p className="lead">{t('create.intro')}</p>
      {otherError && <ErrorAlert error={create.error} level={2} />}
      <OfferForm
        draft={draft}
        onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
        error={create.error}
        pending={create.isPending}
        onSubmit={() =>
          create.mutate(createOf(draft), { onSuccess: (saved) => openCreated(saved, t('done.created')) })
        }
        submitLabel={t('create.save')}
      />
    </>
  );
}
