import { AreaNav } from '../areas/area-nav';
import { useCurrentTenant } from '../tenant/tenant-context';
import { t } from './messages';

/** The administration's pages, users first; a municipality's also its national offers. */
export function AdminNav() {
  const { kind } = useCurrentTenant();
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
        ...(kind === 'municipality'
          ? [{ to: '/admin/landsdaekkende-tilbud', label: t('nav.national') }]
          : []),
      ]}
    />
  );
}
