import { AreaNav } from '../areas/area-nav';
import { t } from './messages';

/** The coordinators' pages: the search across the municipalities, then the search statistics. */
export function RegionNav() {
  return (
    <AreaNav
      label={t('nav.label')}
      links={[
        { to: '/region', label: t('nav.search'), end: true },
        { to: '/region/statistik', label: t('nav.statistics') },
      ]}
    />
  );
}
