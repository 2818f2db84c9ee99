import { useState } from 'react';
import { t } from '../i18n/messages';
import type { PublicTenant } from '../tenant/tenant';

/** The tenant's logo; decorative because the name is written next to it. Hidden if it fails to load. */
function TenantLogo({ src }: { src: string }) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  return <img className="site-header__logo" src={src} alt="" onError={() => setFailed(true)} />;
}

export function SiteHeader({ tenant }: { tenant?: PublicTenant }) {
  const logoUrl = tenant?.theme.logoUrl;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <div className="site-header__inner">
        {logoUrl && <TenantLogo key={logoUrl} src={logoUrl} />}
        <span className="site-header__name">{tenant?.name ?? t('app.name')}</span>
      </div>
    </header>
  );
}
