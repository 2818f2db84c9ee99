import { Link, useParams, useSearchParams } from 'react-router';
import { AdminPage } from '../admin/admin-page';
import { QueryResult } from '../areas/query-result';
import { formatNumber } from '../i18n/format';
import { Pager, pageHref } from '../layout/pager';
import { t as staffText } from '../staff/messages';
import { OfferFilters } from '../staff/offer-filters';
import { PAGE_SIZE } from '../staff/staff-api';
import { t } from './messages';
import { MunicipalityOfferTable } from './municipality-offer-table';
import { regionOfferQueryOf, useMunicipalityName, useMunicipalityOffers } from './region-api';

/** /region/:slug — one member municipality's offers in every status, filtered and paged by the URL. */
export function MunicipalityOffersPage() {
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = regionOfferQueryOf(params);
  const offers = useMunicipalityOffers(slug, query);
  const title = t('offers.title', { municipality: useMunicipalityName(slug) });
  return (
    <>
      <p>
        <Link to="/region">{t('offers.back')}</Link>
      </p>
      <AdminPage title={title} intro={t('offers.intro')}>
        <OfferFilters key={params.toString()} params={params} onApply={setParams} />
        <QueryResult query={offers}>
          {(page) => (
            <>
              <p role="status">{staffText('offers.count', { count: formatNumber(page.total) })}</p>
              {page.items.length === 0 ? (
                <p>{t('offers.none')}</p>
              ) : (
                <MunicipalityOfferTable slug={slug} caption={title} offers={page.items} />
              )}
              <Pager
                page={page.page}
                total={page.total}
                size={PAGE_SIZE}
                hrefFor={(next) => pageHref(params, 'page', next)}
                label={staffText('offers.pages')}
              />
            </>
          )}
        </QueryResult>
      </AdminPage>
    </>
  );
}
