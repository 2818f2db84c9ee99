import type { Notice } from './action-notice';
import { t } from './messages';
import type { EditorOffer } from './staff-api';

/**
 * A mail with the reason for a rejection, for the editor to send: the API keeps the reason in the
 * record, and this way the association hears it too. Without an address there is no mail.
 */
export function rejectionMail(
  to: string | null | undefined,
  subject: string,
  reason: string,
): Notice['next'] {
  if (!to) return undefined;
  return {
    href: `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(reason)}`,
    label: t('reject.mail'),
  };
}

/** The rejection mail for an offer in review, to its own address or else its organisation's. */
export function offerRejectionMail(
  offer: Pick<EditorOffer, 'name' | 'email' | 'organization'>,
  reason: string,
) {
  return rejectionMail(
    offer.email || offer.organization?.email,
    t('reject.mailSubject', { name: offer.name }),
    reason,
  );
}
