import { NavLink } from 'react-router';
import { t } from './messages';

const LINKS = [
  { to: '/personale', label: 'nav.overview', end: true },
  { to: '/personale/tilbud', label: 'nav.offers', end: false },
  { to: '/personale/godkendelse', label: 'nav.review', end: false },
  { to: '/personale/fejlmeldinger', label: 'nav.reports', end: false },
  { to: '/personale/links', label: 'nav.links', end: false },
] as const;

/** The staff area's own menu; the current page is marked with aria-current, not colour alone. */
export function StaffNav() {
  return (
    <nav className="area-nav" aria-label={t('nav.label')}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
