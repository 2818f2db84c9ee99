import { useSearchParams } from 'react-router';
import { DataTable } from '../areas/data-table';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatNumber } from '../i18n/format';
import { Pager, pageHref, pageOf } from '../layout/pager';
import { useImportRows, type ImportCounts, type ImportProblem, type ImportView } from './import-api';
import { t } from './import-messages';
import type { TenantScope } from './tenant-scope';

const ROWS_PAGE = 'rader';

/** What the import will do (or did): how many offers are created, updated, unchanged, skipped. */
export function ImportCountList({ counts }: { counts: ImportCounts }) {
  const entries = [
    ['import.report.create', counts.create],
    ['import.report.update', counts.update],
    ['import.report.unchanged', counts.unchanged],
    ['import.report.invalid', counts.invalid],
  ] as const;
  return (
    <dl className="import-counts" aria-label={t('import.report.counts')}>
      {entries.map(([label, count]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{formatNumber(count)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One problem in Danish, marked as error or warning, with the closest terms where there are some. */
function ProblemLine({ problem }: { problem: ImportProblem }) {
  return (
    <li className={problem.severity === 'error' ? 'import-problem import-problem--error' : 'import-problem'}>
      <strong>{t(problem.severity === 'error' ? 'import.report.error' : 'import.report.warning')}:</strong>{' '}
      {problem.message}
      {problem.suggestions && problem.suggestions.length > 0 && (
        <> {t('import.report.suggestions', { terms: problem.suggestions.join(', ') })}</>
      )}
    </li>
  );
}

export function FileProblems({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <>
      <h4>{t('import.report.fileProblems')}</h4>
      <ul>
        {problems.map((problem, index) => (
          <ProblemLine key={index} problem={problem} />
        ))}
      </ul>
    </>
  );
}

/** The rows with problems, a page at a time, each problem at its row and field. */
function ProblemRows({ scope, view }: { scope: TenantScope; view: ImportView }) {
  const [params] = useSearchParams();
  const page = pageOf(params, ROWS_PAGE);
  const rows = useImportRows(scope, view.id, page, true);
  if (rows.error) return <ErrorAlert error={rows.error} level={2} />;
  if (!rows.data) return <LoadingStatus />;
  if (rows.data.total === 0) return <p>{t('import.report.noProblems')}</p>;
  return (
    <>
      <DataTable
        caption={t('import.report.rows')}
        headings={[t('import.report.row'), t('import.report.title'), t('import.report.problems')]}
      >
        {rows.data.items.map((row) => (
          <tr key={row.row}>
            <th scope="row">{formatNumber(row.row)}</th>
            <td>{row.title ?? row.externalId ?? ''}</td>
            <td>
              <ul>
                {row.problems.map((problem, index) => (
                  <ProblemLine key={index} problem={problem} />
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager
        page={page}
        total={rows.data.total}
        size={rows.data.size}
        hrefFor={(next) => pageHref(params, ROWS_PAGE, next)}
        label={t('import.report.pages')}
      />
    </>
  );
}

/** The dry run's report: the counts, the file's problems, and the rows with problems. */
export function ImportReport({ scope, view }: { scope: TenantScope; view: ImportView }) {
  return (
    <section aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">{t('import.report.heading', { fileName: view.fileName })}</h3>
      <ImportCountList counts={view.counts} />
      <FileProblems problems={view.fileProblems} />
      <h4>{t('import.report.rows')}</h4>
      <ProblemRows scope={scope} view={view} />
    </section>
  );
}
