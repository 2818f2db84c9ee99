import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import type { Notice } from './action-notice';
import { languageName } from '../i18n/format';
import { scheduleText, type ScheduleLine } from '../offer/schedule-text';
import { t } from './messages';
import type { OfferDraft } from './offer-draft';
import { labelOf } from './proposed-changes';
import { RejectForm } from './reject-form';
import { useDecideRevision, useOfferRevision, type OfferRevision } from './staff-api';

/** A proposed value as plain text: lists item by item, times and places by their parts. */
function textOf(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('conflict.empty');
  if (Array.isArray(value)) return value.length === 0 ? t('conflict.empty') : value.map(textOf).join('; ');
  if (typeof value === 'object')
    return Object.values(value)
      .filter(
        (part) => part !== null && part !== '' && !(typeof part === 'string' && /^[0-9a-f-]{36}$/.test(part)),
      )
      .map(textOf)
      .join(' ');
  if (typeof value === 'boolean') return value ? t('conflict.yes') : t('conflict.no');
  return String(value);
}

/** A field's value as an editor reads it: opening times as "Tirsdag kl. 17.30–19.30", languages by name. */
function valueText(field: string, value: unknown): string {
  if (Array.isArray(value) && value.length > 0) {
    if (field === 'schedules')
      return (value as Partial<ScheduleLine>[])
        .map((opening) =>
          scheduleText({
            byday: [],
            opensAt: '',
            closesAt: '',
            validFrom: null,
            validTo: null,
            description: '',
            ...opening,
          }),
        )
        .join('; ');
    if (field === 'languages') return (value as string[]).map(languageName).join(', ');
    if (field === 'attendingTypes')
      return (value as OfferDraft['attendingTypes']).map((type) => t(`attending.${type}`)).join(', ');
  }
  return textOf(value);
}

function Differences({ id }: { id: string }) {
  const detail = useOfferRevision(id);
  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError) return <ErrorAlert error={detail.error} level={2} />;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('revisions.field')}</th>
          <th scope="col">{t('revisions.now')}</th>
          <th scope="col">{t('revisions.proposed')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.data.differences.map((difference) => (
          <tr key={difference.field}>
            <th scope="row">{labelOf(difference.field)}</th>
            <td className="staff-message">{valueText(difference.field, difference.from)}</td>
            <td className="staff-message">{valueText(difference.field, difference.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An association's proposed change of its offer, shown beside the current values: approve or reject. */
export function RevisionItem({
  revision,
  onDone,
}: {
  revision: OfferRevision;
  onDone: (notice: Notice) => void;
}) {
  const decide = useDecideRevision(revision);
  const [rejecting, setRejecting] = useState(false);
  const name = revision.offerName;
  return (
    <li className="result">
      <h3>
        <Link to={`/personale/tilbud/${revision.offerId}`}>{name}</Link>
      </h3>
      <p className="result__organization">
        {t('revisions.by', { who: revision.proposedBy, organization: revision.organizationName })}
      </p>
      <Differences id={revision.id} />
      {decide.isError && <ErrorAlert error={decide.error} level={2} />}
      {rejecting ? (
        <RejectForm
          label={t('reject.label', { name })}
          hint={t('revisions.rejectHint')}
          pending={decide.isPending}
          onCancel={() => setRejecting(false)}
          onReject={(reason) =>
            decide.mutate(
              { approve: false, reason },
              { onSuccess: () => onDone({ message: t('revisions.rejected', { name }) }) },
            )
          }
        />
      ) : (
        <div className="staff-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={decide.isPending}
            aria-label={t('revisions.approveLabel', { name })}
            onClick={() =>
              decide.mutate(
                { approve: true },
                { onSuccess: () => onDone({ message: t('revisions.approved', { name }) }) },
              )
            }
          >
            {t('revisions.approve')}
          </button>
          <button
            type="button"
            className="button button--danger"
            aria-label={t('revisions.rejectLabel', { name })}
            onClick={() => setRejecting(true)}
          >
            {t('action.reject')}
          </button>
        </div>
      )}
    </li>
  );
}
