import { t } from './messages';

/** `tel:` wants digits and a leading +, whatever spacing the association typed. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Phone, e-mail and website as links a phone can act on directly. */
export function ContactLinks({
  phone,
  email,
  website,
}: {
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}) {
  return (
    <ul className="contact-links">
      {phone && (
        <li>
          <a href={telHref(phone)}>{t('offer.phone', { number: phone })}</a>
        </li>
      )}
      {email && (
        <li>
          <a href={`mailto:${email}`}>{t('offer.email', { address: email })}</a>
        </li>
      )}
      {website && (
        <li>
          <a href={website} rel="noopener noreferrer">
            {t('offer.website')}: {hostOf(website)}
          </a>
        </li>
      )}
    </ul>
  );
}
