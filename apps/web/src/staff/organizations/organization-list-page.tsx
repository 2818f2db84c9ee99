import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../document/use-document-title';
import { ErrorAlert } from '../../feedback/problem-alert';
import { LoadingStatus } from '../../feedback/loading-status';
import { formatNumber } from '../../i18n/format';
import { Pager, pageHref, pageOf } from '../../layout/pager';
import { DataTable } from '../../areas/data-table';
import { ListFilters } from '../list-filters';
import { OFFER_STATUSES, PAGE_SIZE } from '../staff-api';
import { t } from './messages';
import {
  useOrganizationList,
  type OrganizationListQuery,
  type OrganizationStatus,
} from './organizations-api';

function listQueryOf(params: URLSearchParams, page: number): OrganizationListQuery {
  return {
    q: params.get('q') || undefined,
    status: OFFER_STATUSES.find((status): status is OrganizationStatus => status === params.get('status')),
    page,
    size: PAGE_SIZE,
  };
}

/** /personale/foreninger — every association in every status, with its offers counted. */
export function OrganizationListPage() {
  const [params, setParams] = useSearchParams();
  const page = pageOf(params);
  const list = useOrganizationList(listQueryOf(params, page));
  useDocumentTitle(t('list.title'));
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      <p>
        <Link className="button" to="/personale/foreninger/ny">
          {t('list.new')}
        </Link>
      </p>
      <ListFilters
        key={params.toString()}
        idPrefix="organization-filter"
        params={params}
        onApply={setParams}
        keys={['q', 'status']}
        labels={{ form: t('list.filters'), search: t('list.search'), apply: t('list.apply') }}
      />
      {list.isPending && <LoadingStatus />}
      {list.isError && <ErrorAlert error={list.error} level={2} />}
      {list.data && (
        <>
          <p role="status">
            {list.data.total === 1
              ? t('list.countOne')
              : t('list.count', { count: formatNumber(list.data.total) })}
          </p>
          {list.data.items.length > 0 && (
            <DataTable caption={t('list.caption')} headings={[t('list.name'), t('list.statusAndOffers')]}>
              {list.data.items.map((organization) => {
                const counts = organization.offerCounts;
                const total = counts.draft + counts.in_review + counts.published + counts.archived;
                return (
                  <tr key={organization.id}>
                    <th scope="row">
                      <Link to={`/personale/foreninger/${organization.id}`}>{organization.name}</Link>
                      {organization.trusted && <span className="tag staff-flag">{t('list.trusted')}</span>}
                    </th>
                    {/* Two columns, so that a phone's width leaves each word whole. */}
                    <td>
                      {t(`status.${organization.status}`)}
                      <br />
                      {t('list.offerCount', {
                        published: formatNumber(counts.published),
                        total: formatNumber(total),
                      })}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          )}
          <Pager
            page={page}
            total={list.data.total}
            size={PAGE_SIZE}
            hrefFor={(next) => pageHref(params, 'page', next)}
            label={t('list.pages')}
          />
        </>
      )}
    </>
  );
}
