import { AreaNav } from '../areas/area-nav';
import { t } from './messages';

/** The administration's pages, users first. */
export function AdminNav() {
  return (
    <AreaNav
      label={t('nav.label')}
      links={[
        { to: '/admin', label: t('nav.users'), end: true },
        { to: '/admin/tema', label: t('nav.theme') },
        { to: '/admin/indstillinger', label: t('nav.settings') },
        { to: '/admin/login', label: t('nav.login') },
        { to: '/admin/tilgaengelighed', label: t('nav.accessibility') },
        { to: '/admin/statistik', label: t('nav.stats') },
        { to: '/admin/log', label: t('nav.auditLog') },
        { to: '/admin/post', label: t('nav.outbox') },
        { to: '/admin/import', label: t('nav.importExport') },
      ]}
    />
  );
}
