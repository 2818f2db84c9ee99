import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatDate, formatNumber } from '../i18n/format';
import { t } from './messages';
import { OfferFilters } from './offer-filters';
import { OFFER_STATUSES, PAGE_SIZE, useOfferList, type OfferListQuery, type OfferStatus } from './staff-api';
import { Pager, pageHref, pageOf } from '../layout/pager';

function statusOf(value: string | null): OfferStatus | undefined {
  return OFFER_STATUSES.find((status) => status === value);
}

function listQueryOf(params: URLSearchParams, page: number): OfferListQuery {
  return {
    q: params.get('q') || undefined,
    status: statusOf(params.get('status')),
    stale: params.get('stale') === 'true' || undefined,
    page,
    size: PAGE_SIZE,
  };
}

/** The editors' list of offers in every status, with filters and links to edit each. */
export function OfferListPage() {
  const [params, setParams] = useSearchParams();
  const page = pageOf(params);
  const list = useOfferList(listQueryOf(params, page));
  useDocumentTitle(t('offers.title'));
  return (
    <>
      <h1 id="offers-heading">{t('offers.title')}</h1>
      <p>
        <Link to="/personale/tilbud/nyt" className="button button--primary">
          {t('offers.create')}
        </Link>
      </p>
      <OfferFilters key={params.toString()} params={params} onApply={setParams} />
      {list.isPending && <LoadingStatus />}
      {list.isError && <ErrorAlert error={list.error} level={2} />}
      {list.data && (
        <>
          <p role="status">{t('offers.count', { count: formatNumber(list.data.total) })}</p>
          {list.data.items.length > 0 && (
            <div className="table-wrap">
              <table aria-labelledby="offers-heading">
                <thead>
                  <tr>
                    <th scope="col">{t('offers.name')}</th>
                    <th scope="col">{t('offers.organization')}</th>
                    <th scope="col">{t('offers.status')}</th>
                    <th scope="col">{t('offers.confirmed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((offer) => (
                    <tr key={offer.id}>
                      <th scope="row">
                        <Link to={`/personale/tilbud/${offer.id}`}>{offer.name}</Link>
                      </th>
                      <td>{offer.organization?.name}</td>
                      <td>
                        {t(`status.${offer.status}`)}
                        {offer.staleSince && <span className="tag staff-flag">{t('offers.stale')}</span>}
                        {offer.status === 'published' && !offer.visibleToCitizens && (
                          <span className="tag staff-flag">{t('offers.hidden')}</span>
                        )}
                      </td>
                      <td>
                        {offer.assuredDate ? formatDate(offer.assuredDate) : t('offers.neverConfirmed')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            page={page}
            total={list.data.total}
            size={PAGE_SIZE}
            hrefFor={(page) => pageHref(params, 'page', page)}
            label={t('offers.pages')}
          />
        </>
      )}
    </>
  );
}
