import { useSearchParams } from 'react-router';
import { Field, fieldErrors } from '../forms/field';
import { useSearchStats, type SearchStatsQuery } from './admin-api';
import { AdminPage } from './admin-page';
import { FilterForm } from './filter-form';
import { t } from './messages';
import { QueryResult } from '../areas/query-result';
import { SearchStatsReport } from './search-stats-report';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period of the address (`?from=&to=`, both days included); the API's default is the last 30 days. */
function periodOf(params: URLSearchParams): SearchStatsQuery {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { ...(DATE.test(from) && { from }), ...(DATE.test(to) && { to }) };
}

/** What citizens search for, and what they search for without finding anything. */
export function SearchStatsPage() {
  const [params] = useSearchParams();
  const period = periodOf(params);
  const stats = useSearchStats(period);
  return (
    <AdminPage title={t('stats.title')} intro={t('stats.intro')}>
      <FilterForm label={t('stats.period')}>
        <Field label={t('filter.from')} errors={fieldErrors(stats.error, 'from')}>
          <input type="date" name="from" defaultValue={period.from} />
        </Field>
        <Field label={t('filter.toIncluding')} errors={fieldErrors(stats.error, 'to')}>
          <input type="date" name="to" defaultValue={period.to} />
        </Field>
      </FilterForm>
      <QueryResult query={stats}>{(data) => <SearchStatsReport stats={data} />}</QueryResult>
    </AdminPage>
  );
}
