import { formatNumber } from '../i18n/format';
import type { ImportView } from './import-api';
import { t } from './import-messages';

/** The dry run's or the apply's progress as a bar screen readers can read (polled by the step). */
export function ImportProgress({ view }: { view: ImportView }) {
  const { done, total } = view.progress;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const heading = t(view.status === 'applying' ? 'import.progress.applying' : 'import.progress.checking', {
    fileName: view.fileName,
  });
  const rows = t('import.progress.rows', { done: formatNumber(done), total: formatNumber(total) });
  return (
    <section aria-labelledby="import-progress-heading">
      <h3 id="import-progress-heading">{heading}</h3>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('import.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={rows}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p role="status">{rows}</p>
    </section>
  );
}
