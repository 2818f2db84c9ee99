import { exportUrl } from './import-api';
import { t } from './import-messages';
import type { TenantScope } from './tenant-scope';

/** Download links for the published catalogue in both HSDS formats; the browser saves the file. */
export function CatalogueExportSection({ scope }: { scope: TenantScope }) {
  return (
    <section aria-labelledby="catalogue-export-heading">
      <h2 id="catalogue-export-heading">{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <p className="button-row">
        <a className="button" href={exportUrl(scope, 'hsds-package')} download>
          {t('export.package')}
        </a>{' '}
        <a className="button" href={exportUrl(scope, 'hsds-json')} download>
          {t('export.json')}
        </a>
      </p>
    </section>
  );
}
