import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../http/problem';
import type { EditorOffer, useOfferAction } from '../staff-api';
import { t } from './messages';

interface PublishButtonProps {
  offer: Pick<EditorOffer, 'id' | 'name' | 'version' | 'organization'>;
  action: ReturnType<typeof useOfferAction>;
  label: string;
  ariaLabel?: string;
  className: string;
  disabled: boolean;
  describedBy?: string;
  onPublished: (offer: EditorOffer) => void;
}

/** The API refused because the association is unpublished (it may have changed since the page loaded). */
function refusedForOrganization(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  const organization = error.problem?.body.organization as { status?: string } | undefined;
  return organization !== undefined && organization.status !== 'archived';
}

/**
 * Publishes the offer. Where its association is not published, citizens could not find the offer,
 * so it first asks once whether to publish both, and publishes both only then. (An archived
 * association is not offered: the API's refusal says what to do.)
 */
export function PublishButton({
  offer,
  action,
  label,
  ariaLabel,
  className,
  disabled,
  describedBy,
  onPublished,
}: PublishButtonProps) {
  const [asked, setAsked] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const organization = offer.organization;
  const confirming = asked || refusedForOrganization(action.error);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const publish = (publishOrganization: boolean) =>
    action.mutate(
      { action: 'publish', version: offer.version, ...(publishOrganization ? { publishOrganization } : {}) },
      {
        onSuccess: (saved) => {
          setAsked(false);
          onPublished(saved);
        },
      },
    );
  const questionId = `publish-both-${offer.id}`;
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled || confirming}
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        onClick={() =>
          organization.status === 'draft' || organization.status === 'in_review'
            ? setAsked(true)
            : publish(false)
        }
      >
        {label}
      </button>
      {confirming && (
        <div className="staff-confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId} ref={question} tabIndex={-1}>
            {t('confirm.question', { organization: organization.name })}
          </p>
          <div className="staff-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={action.isPending}
              onClick={() => publish(true)}
            >
              {t('confirm.both')}
            </button>
            <button
              type="button"
              className="button"
              disabled={action.isPending}
              onClick={() => {
                setAsked(false);
                action.reset();
              }}
            >
              {t('confirm.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
