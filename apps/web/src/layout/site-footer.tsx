import { Link } from 'react-router';
import { t } from '../i18n/messages';
import { telHref } from '../offer/contact-links';
import type { PublicTenant } from '../tenant/tenant';

/** Every page's footer: the tenant's accessibility statement (a public-sector duty) and contact. */
export function SiteFooter({ tenant }: { tenant?: PublicTenant }) {
  return (
    <footer className="site-footer">
      <ul className="site-footer__links">
        {tenant?.accessibilityStatementUrl && (
          <li>
            <a href={tenant.accessibilityStatementUrl}>{t('footer.accessibility')}</a>
          </li>
        )}
        <li>
          <Link to="/foreslaa-tilbud">{t('footer.suggest')}</Link>
        </li>
        <li>
          <Link to="/kommuner">{t('nav.findMunicipality')}</Link>
        </li>
        {tenant?.contactEmail && (
          <li>
            {t('footer.contact')}: <a href={`mailto:${tenant.contactEmail}`}>{tenant.contactEmail}</a>
          </li>
        )}
        {tenant?.contactPhone && (
          <li>
            <a href={telHref(tenant.contactPhone)}>{tenant.contactPhone}</a>
          </li>
        )}
      </ul>
      <p className="site-footer__note">{t('footer.poweredBy')}</p>
    </footer>
  );
}
