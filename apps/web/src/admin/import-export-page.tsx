import { CatalogueExportSection } from '../onboarding/catalogue-export-section';
import { CatalogueImportStep } from '../onboarding/catalogue-import-step';
import type { TenantScope } from '../onboarding/tenant-scope';
import { AdminPage } from './admin-page';
import { t } from './messages';

const OWN_TENANT: TenantScope = { kind: 'own' };

/** The tenant administrator's catalogue import and export, on one page. */
export function ImportExportPage() {
  return (
    <AdminPage title={t('importExport.title')} intro={t('importExport.intro')}>
      <CatalogueImportStep scope={OWN_TENANT} />
      <CatalogueExportSection scope={OWN_TENANT} />
    </AdminPage>
  );
}
