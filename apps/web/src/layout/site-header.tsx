import { useState } from 'react';
import { Link, NavLink } from 'react-router';
import { language, switchLanguage } from '../i18n/language';
import { t } from '../i18n/messages';
import { logout, mayUse, useSession } from '../session/session';
import { useShortlist } from '../shortlist/shortlist-store';
import type { PublicTenant } from '../tenant/tenant';

/** The tenant's logo; decorative because the name is written next to it. Hidden if it fails to load. */
function TenantLogo({ src }: { src: string }) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  return <img className="site-header__logo" src={src} alt="" onError={() => setFailed(true)} />;
}

function StaffLinks({ region }: { region: boolean }) {
  const { data: session } = useSession();
  const shortlist = useShortlist();
  const [logoutFailed, setLogoutFailed] = useState(false);
  if (!session?.authenticated) {
    return (
      <li>
        <NavLink to="/for-fagfolk">{t('nav.professionals')}</NavLink>
      </li>
    );
  }
  return (
    <>
      {mayUse(session, 'shortlist') && (
        <li>
          <NavLink to="/min-liste">
            {t('nav.shortlist')} <span className="badge">{shortlist.ids.length}</span>
          </NavLink>
        </li>
      )}
      {region && mayUse(session, 'region') && (
        <li>
          <NavLink to="/region">{t('nav.region')}</NavLink>
        </li>
      )}
      {mayUse(session, 'editorial') && (
        <li>
          <NavLink to="/personale">{t('nav.staff')}</NavLink>
        </li>
      )}
      {mayUse(session, 'admin') && (
        <li>
          <NavLink to="/admin">{t('nav.admin')}</NavLink>
        </li>
      )}
      {mayUse(session, 'platform') && (
        <li>
          <NavLink to="/platform">{t('nav.platform')}</NavLink>
        </li>
      )}
      {mayUse(session, 'association') && (
        <li>
          <NavLink to="/min-forening">{t('nav.association')}</NavLink>
        </li>
      )}
      <li>
        <button
          type="button"
          className="link-button"
          onClick={() => void logout().then((ok) => setLogoutFailed(!ok))}
        >
          {t('nav.logout')}
        </button>
        {logoutFailed && <span role="alert"> {t('nav.logoutFailed')}</span>}
      </li>
    </>
  );
}

export function SiteHeader({ tenant }: { tenant?: PublicTenant }) {
  const logoUrl = tenant?.theme.logoUrl;
  const otherLanguage = language === 'da' ? 'en' : 'da';
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          {logoUrl && <TenantLogo key={logoUrl} src={logoUrl} />}
          <span className="site-header__name">{tenant?.name ?? t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="site-nav">
          <ul>
            <li>
              <NavLink to="/sog">{t('nav.search')}</NavLink>
            </li>
            {tenant?.kind === 'national' && (
              <li>
                <NavLink to="/kommuner">{t('nav.findMunicipality')}</NavLink>
              </li>
            )}
            <StaffLinks region={tenant?.kind === 'region'} />
            <li>
              <button
                type="button"
                className="link-button"
                lang={otherLanguage}
                aria-label={t('nav.languageLabel')}
                onClick={() => switchLanguage(otherLanguage)}
              >
                {t('nav.language')}
              </button>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
