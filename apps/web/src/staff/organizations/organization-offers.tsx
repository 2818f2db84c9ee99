import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../areas/data-table';
import { QueryResult } from '../../areas/query-result';
import { Pager, pageHref, pageOf } from '../../layout/pager';
import { PAGE_SIZE, useOfferList } from '../staff-api';
import { t } from './messages';

/** The association's offers in every status, each leading to its edit page, and a way to add one. */
export function OrganizationOffers({ organizationId }: { organizationId: string }) {
  const [params] = useSearchParams();
  const page = pageOf(params, 'tilbudsside');
  const offers = useOfferList({ organizationId, page, size: PAGE_SIZE });
  return (
    <section className="section" aria-labelledby="organization-offers-heading">
      <h2 id="organization-offers-heading">{t('offers.heading')}</h2>
      <p>
        <Link className="button" to={`/personale/tilbud/nyt?forening=${organizationId}`}>
          {t('offers.new')}
        </Link>
      </p>
      <QueryResult query={offers}>
        {(data) =>
          data.total === 0 ? (
            <p>{t('offers.none')}</p>
          ) : (
            <>
              <DataTable caption={t('offers.caption')} headings={[t('offers.name'), t('offers.status')]}>
                {data.items.map((offer) => (
                  <tr key={offer.id}>
                    <th scope="row">
                      <Link to={`/personale/tilbud/${offer.id}`}>{offer.name}</Link>
                    </th>
                    <td>
                      {t(`status.${offer.status}`)}
                      {offer.status === 'published' && !offer.visibleToCitizens && (
                        <span className="tag staff-flag">{t('offers.hidden')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
              <Pager
                page={page}
                total={data.total}
                size={PAGE_SIZE}
                hrefFor={(next) => pageHref(params, 'tilbudsside', next, '#organization-offers-heading')}
                label={t('offers.pages')}
              />
            </>
          )
        }
      </QueryResult>
    </section>
  );
}
