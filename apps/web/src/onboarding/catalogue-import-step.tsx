import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatNumber } from '../i18n/format';
import { useApplyImport, useImport, type ImportView } from './import-api';
import { ImportMappingForm } from './import-mapping-form';
import { t } from './import-messages';
import { ImportProgress } from './import-progress';
import { FileProblems, ImportCountList, ImportReport } from './import-report';
import { ImportUploadForm } from './import-upload-form';
import type { TenantScope } from './tenant-scope';

interface StepProps {
  scope: TenantScope;
  onDone?: () => void;
}

const countValues = (view: ImportView) => ({
  create: formatNumber(view.counts.create),
  update: formatNumber(view.counts.update),
  unchanged: formatNumber(view.counts.unchanged),
  invalid: formatNumber(view.counts.invalid),
});

/** "Importér", then a confirmation that repeats the counts; only then is anything written. */
function ApplyImport({ scope, view }: { scope: TenantScope; view: ImportView }) {
  const apply = useApplyImport(scope, view.id);
  const [confirming, setConfirming] = useState(false);
  if (view.counts.create + view.counts.update === 0) return <p>{t('import.apply.nothing')}</p>;
  if (!confirming) {
    return (
      <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
        {t('import.apply')}
      </button>
    );
  }
  return (
    <div className="confirmation" role="group" aria-labelledby="import-confirm-text">
      <p id="import-confirm-text">{t('import.apply.confirm', countValues(view))}</p>
      {apply.error ? <ErrorAlert error={apply.error} level={2} /> : null}
      <button
        type="button"
        className="button button--primary"
        disabled={apply.isPending}
        onClick={() => apply.mutate(undefined)}
      >
        {t('import.apply.yes')}
      </button>{' '}
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        {t('import.apply.cancel')}
      </button>
    </div>
  );
}

/** One import from upload to result, following its status as the API reports it. */
function ImportFlow({ scope, id, onDone, onRestart }: StepProps & { id: string; onRestart: () => void }) {
  const query = useImport(scope, id);
  if (query.error) return <ErrorAlert error={query.error} level={2} />;
  const view = query.data;
  if (!view) return <LoadingStatus />;
  const again = (
    <button type="button" className="button" onClick={onRestart}>
      {t('import.again')}
    </button>
  );
  switch (view.status) {
    case 'needs_mapping':
      return view.sheet ? <ImportMappingForm scope={scope} view={view} sheet={view.sheet} /> : null;
    case 'checking':
    case 'applying':
      return <ImportProgress view={view} />;
    case 'checked':
      return (
        <>
          <ImportReport scope={scope} view={view} />
          <ApplyImport scope={scope} view={view} />
          {view.sheet && <ImportMappingForm key="remap" scope={scope} view={view} sheet={view.sheet} />}
          {again}
        </>
      );
    case 'applied':
      return (
        <section aria-labelledby="import-applied-heading">
          <h3 id="import-applied-heading">{t('import.applied.heading')}</h3>
          <p role="status">{t('import.applied.summary', countValues(view))}</p>
          <ImportCountList counts={view.counts} />
          <p>
            <Link to="/personale/tilbud" onClick={onDone}>
              {t('import.applied.offers')}
            </Link>
          </p>
          {again}
        </section>
      );
    case 'failed':
      return (
        <section aria-labelledby="import-failed-heading">
          <h3 id="import-failed-heading">{t('import.failed.heading')}</h3>
          <FileProblems problems={view.fileProblems} />
          {again}
        </section>
      );
  }
}

/**
 * The catalogue import step: choose file(s), map a sheet's columns, read the dry run's report, then
 * import. The same component serves the platform's onboarding wizard and the tenant's admin area.
 */
export function CatalogueImportStep({ scope, onDone }: StepProps) {
  const [importId, setImportId] = useState<string | null>(null);
  return (
    <section aria-labelledby="catalogue-import-heading">
      <h2 id="catalogue-import-heading">{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      {importId ? (
        <ImportFlow scope={scope} id={importId} onDone={onDone} onRestart={() => setImportId(null)} />
      ) : (
        <ImportUploadForm scope={scope} onUploaded={(view) => setImportId(view.id)} />
      )}
    </section>
  );
}
