import { useState } from 'react';
import type { OidcRegistration } from './identity-provider-api';
import { t } from './identity-provider-messages';

/** The addresses to register at the IdP, each with a copy button (and selectable, where copying is refused). */
export function IdentityProviderRegistration({ registration }: { registration: OidcRegistration }) {
  const [copied, setCopied] = useState('');
  const copy = async (what: string, value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(t('idp.copied', { what }));
    } catch {
      setCopied(''); // plain http or a browser that refuses: the address stands there to copy by hand
    }
  };
  const rows = [
    { label: t('idp.register.redirect'), value: registration.redirectUri },
    { label: t('idp.register.logout'), value: registration.postLogoutRedirectUri },
  ];
  return (
    <section aria-labelledby="idp-register-heading" className="idp-register">
      <h2 id="idp-register-heading">{t('idp.register.heading')}</h2>
      <dl>
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              <code>{row.value}</code>{' '}
              <button type="button" className="button" onClick={() => void copy(row.label, row.value)}>
                {t('idp.copy', { what: row.label })}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p role="status">{copied}</p>
    </section>
  );
}
