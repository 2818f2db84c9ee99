import { AreaNav } from '../areas/area-nav';
import { t } from './messages';
import { t as organizationText } from './organizations/messages';

/** The staff area's pages, the overview first. */
export function StaffNav() {
  return (
    <AreaNav
      label={t('nav.label')}
      links={[
        { to: '/personale', label: t('nav.overview'), end: true },
        { to: '/personale/tilbud', label: t('nav.offers') },
        { to: '/personale/foreninger', label: organizationText('nav.organizations') },
        { to: '/personale/godkendelse', label: t('nav.review') },
        { to: '/personale/fejlmeldinger', label: t('nav.reports') },
        { to: '/personale/links', label: t('nav.links') },
      ]}
    />
  );
}
