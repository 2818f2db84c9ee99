import { useState } from 'react';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatDateTime } from '../i18n/format';
import { t } from './messages';
import { DRAFT_FIELDS } from './offer-draft';
import { useOfferChanges } from './staff-api';

const KNOWN_ACTIONS = [
  'create',
  'update',
  'submit',
  'publish',
  'archive',
  'reopen',
  'confirm',
  'update_request_resolved',
] as const;

function actionText(action: string): string {
  const known = KNOWN_ACTIONS.find((name) => name === action);
  return known ? t(`history.${known}`) : action;
}

function fieldText(field: string): string {
  const known = DRAFT_FIELDS.find((name) => name === field);
  return known ? t(`field.${known}`) : field;
}

/** Who changed what and when, newest first; folded away until asked for, and only then fetched. */
export function ChangeHistory({ offerId }: { offerId: string }) {
  const [open, setOpen] = useState(false);
  const changes = useOfferChanges(offerId, open);
  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.title')}</h2>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('history.show')}</summary>
        {changes.isPending && open && <LoadingStatus />}
        {changes.isError && <ErrorAlert error={changes.error} level={2} />}
        {changes.data && (
          <ol className="staff-history" reversed>
            {[...changes.data].reverse().map((entry) => (
              <li key={entry.id}>
                <strong>{actionText(entry.action)}</strong>{' '}
                {t('history.by', { actor: entry.actor, when: formatDateTime(entry.changedAt) })}
                {entry.action === 'update' && (
                  <>
                    <br />
                    {t('history.fields', { fields: Object.keys(entry.changes).map(fieldText).join(', ') })}
                  </>
                )}
                {typeof entry.changes.reason === 'string' && (
                  <>
                    <br />
                    {t('history.reason', { reason: entry.changes.reason })}
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
