import { useState } from 'react';
import { ErrorAlert } from '../feedback/problem-alert';
import type { Notice } from './action-notice';
import { t } from './messages';
import { SuggestedPlace } from './publishing/places-to-check';
import { RejectForm } from './reject-form';
import { rejectionMail } from './rejection-mail';
import { useDecideSuggestion, type OfferSuggestion } from './staff-api';

/** An association's suggestion of a new offer: accept it as a draft, or reject it with a reason. */
export function SuggestionItem({
  suggestion,
  onDone,
}: {
  suggestion: OfferSuggestion;
  onDone: (notice: Notice) => void;
}) {
  const decide = useDecideSuggestion(suggestion.id);
  const [rejecting, setRejecting] = useState(false);
  const { name } = suggestion;
  const contact = [suggestion.contactName, suggestion.email, suggestion.phone, suggestion.website]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="result">
      <h3>{name}</h3>
      <p className="result__organization">{suggestion.organizationName}</p>
      <p className="staff-message">{suggestion.description}</p>
      <dl className="staff-proposed">
        <div>
          <dt>{t('suggestions.where')}</dt>
          <dd>
            {suggestion.where || t('conflict.empty')}
            <SuggestedPlace suggestion={suggestion} />
          </dd>
        </div>
        <div>
          <dt>{t('suggestions.when')}</dt>
          <dd>{suggestion.when || t('conflict.empty')}</dd>
        </div>
        <div>
          <dt>{t('suggestions.contact')}</dt>
          <dd>{contact}</dd>
        </div>
      </dl>
      {suggestion.terms.length > 0 && (
        <ul className="tags" aria-label={t('field.termIds')}>
          {suggestion.terms.map((term) => (
            <li key={term.id} className="tag">
              {term.name}
            </li>
          ))}
        </ul>
      )}
      {decide.isError && <ErrorAlert error={decide.error} level={2} />}
      {rejecting ? (
        <RejectForm
          label={t('reject.label', { name })}
          hint={t('suggestions.rejectHint')}
          pending={decide.isPending}
          onCancel={() => setRejecting(false)}
          onReject={(reason) => {
            const next = rejectionMail(suggestion.email, t('suggestions.mailSubject', { name }), reason);
            decide.mutate(
              { accept: false, reason },
              { onSuccess: () => onDone({ message: t('suggestions.rejected', { name }), next }) },
            );
          }}
        />
      ) : (
        <div className="staff-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={decide.isPending}
            aria-label={t('suggestions.acceptLabel', { name })}
            onClick={() =>
              decide.mutate(
                { accept: true },
                {
                  onSuccess: (accepted) =>
                    onDone({
                      message: t('suggestions.accepted', { name }),
                      next: accepted.offerId
                        ? { href: `/personale/tilbud/${accepted.offerId}`, label: t('suggestions.openDraft') }
                        : undefined,
                    }),
                },
              )
            }
          >
            {t('suggestions.accept')}
          </button>
          <button
            type="button"
            className="button button--danger"
            aria-label={t('review.rejectLabel', { name })}
            onClick={() => setRejecting(true)}
          >
            {t('action.reject')}
          </button>
        </div>
      )}
    </li>
  );
}
