import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatDate } from '../i18n/format';
import { t } from './messages';
import { PAGE_SIZE, useLinkReport } from './staff-api';
import { Pager, pageHref, pageOf } from '../layout/pager';

/** /personale/links — web addresses in offers that no longer answer, with the checker's reason. */
export function LinkReportPage() {
  const [params] = useSearchParams();
  const page = pageOf(params);
  const report = useLinkReport(page);
  useDocumentTitle(t('links.title'));
  return (
    <>
      <h1 id="links-heading">{t('links.title')}</h1>
      <p className="lead">{t('links.intro')}</p>
      {report.isPending && <LoadingStatus />}
      {report.isError && <ErrorAlert error={report.error} level={2} />}
      {report.data?.items.length === 0 && <p>{t('links.none')}</p>}
      {report.data && report.data.items.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby="links-heading">
            <thead>
              <tr>
                <th scope="col">{t('reports.offer')}</th>
                <th scope="col">{t('links.address')}</th>
                <th scope="col">{t('links.reason')}</th>
                <th scope="col">{t('links.since')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.items.map((link) => (
                <tr key={`${link.offerId} ${link.url}`}>
                  <th scope="row">
                    <Link to={`/personale/tilbud/${link.offerId}`}>{link.offerName}</Link>
                  </th>
                  <td className="staff-url">
                    {link.url}
                    <br />
                    <span className="hint">{t(`links.source.${link.source}`)}</span>
                    {link.suggestedUrl && <p>{t('links.suggested', { url: link.suggestedUrl })}</p>}
                  </td>
                  <td>{[link.statusCode, link.reason].filter(Boolean).join(' – ')}</td>
                  <td>{link.failingSince ? formatDate(link.failingSince) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.data && (
        <Pager
          page={page}
          total={report.data.total}
          size={PAGE_SIZE}
          hrefFor={(target) => pageHref(params, 'page', target)}
          label={t('links.pages')}
        />
      )}
    </>
  );
}
