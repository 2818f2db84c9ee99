import { useSearchParams } from 'react-router';
import { t } from './messages';
import { ResolvableList } from './resolvable-list';
import { useErrorReports, useResolveErrorReport } from './staff-api';
import { pageOf } from '../layout/pager';

/** Citizens' "report an error" notes on offers; each is marked resolved once handled. */
export function ErrorReportsSection() {
  const [params] = useSearchParams();
  const page = pageOf(params, 'fejl');
  const reports = useErrorReports(page);
  const resolve = useResolveErrorReport();
  return (
    <ResolvableList
      id="fejl"
      title={t('reports.errorReports')}
      empty={t('reports.noErrorReports')}
      detailHeading={t('reports.message')}
      page={page}
      pageKey="fejl"
      list={reports}
      resolve={resolve}
      detail={(report) => (
        <>
          <p className="staff-message">{report.message}</p>
          {report.reporterEmail && <a href={`mailto:${report.reporterEmail}`}>{report.reporterEmail}</a>}
        </>
      )}
      resolveLabel={(report) => t('reports.resolveErrorLabel', { name: report.offerName })}
      onResolve={(report) => resolve.mutate(report.id)}
    />
  );
}
