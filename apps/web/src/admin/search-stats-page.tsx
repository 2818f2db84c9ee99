import { useSearchParams } from 'react-router';
import { useSearchStats } from './admin-api';
import { AdminPage } from './admin-page';
import { t } from './messages';
import { QueryResult } from '../areas/query-result';
import { SearchStatsReport } from './search-stats-report';
import { StatsPeriodForm, statsPeriodOf } from './stats-period';

/** What citizens search for, and what they search for without finding anything. */
export function SearchStatsPage() {
  const [params] = useSearchParams();
  const period = statsPeriodOf(params);
  const stats = useSearchStats(period);
  return (
    <AdminPage title={t('stats.title')} intro={t('stats.intro')}>
      <StatsPeriodForm period={period} error={stats.error} />
      <QueryResult query={stats}>{(data) => <SearchStatsReport stats={data} />}</QueryResult>
    </AdminPage>
  );
}
