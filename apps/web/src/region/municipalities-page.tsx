import { Link } from 'react-router';
import { AdminPage } from '../admin/admin-page';
import { QueryResult } from '../areas/query-result';
import { useCurrentTenant } from '../tenant/tenant-context';
import { t } from './messages';
import { useMunicipalities } from './region-api';

/** /region — the region's member municipalities, each a way into its offers. */
export function MunicipalitiesPage() {
  const region = useCurrentTenant();
  const municipalities = useMunicipalities();
  return (
    <AdminPage title={t('municipalities.title', { region: region.name })} intro={t('municipalities.intro')}>
      <QueryResult query={municipalities}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('municipalities.none')}</p>
          ) : (
            <ul>
              {items.map((municipality) => (
                <li key={municipality.slug}>
                  <Link to={`/region/${municipality.slug}`}>{municipality.name}</Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryResult>
    </AdminPage>
  );
}
