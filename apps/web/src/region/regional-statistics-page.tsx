import { useSearchParams } from 'react-router';
import { AdminPage } from '../admin/admin-page';
import { BarChart } from '../admin/bar-chart';
import { t as adminText } from '../admin/messages';
import { StatsPeriodForm, statsPeriodOf } from '../admin/stats-period';
import { StatsTable } from '../admin/stats-table';
import { QueryResult } from '../areas/query-result';
import { formatDateTime, formatNumber } from '../i18n/format';
import { useCurrentTenant } from '../tenant/tenant-context';
import { t } from './messages';
import { useRegionalStatistics, type RegionalStatistics } from './region-api';

/** "Aarhus Kommune 2, Silkeborg Kommune 1": where a row's searches came from. */
function splitText(municipalities: { name: string; searches: number }[]): string {
  return municipalities.map(({ name, searches }) => `${name} ${formatNumber(searches)}`).join(', ');
}

function RegionalStatisticsReport({ stats }: { stats: RegionalStatistics }) {
  const [mostChosen] = stats.topChallenges;
  return (
    <>
      <h2>{adminText('stats.totals')}</h2>
      <dl className="stats-totals">
        <div>
          <dt>{adminText('stats.searches')}</dt>
          <dd>{formatNumber(stats.searches)}</dd>
        </div>
        <div>
          <dt>{adminText('stats.zeroResultSearches')}</dt>
          <dd>{formatNumber(stats.zeroResultSearches)}</dd>
        </div>
      </dl>
      <StatsTable
        caption={t('statistics.municipalities.caption')}
        empty={adminText('stats.none')}
        headings={[
          t('offer.municipality'),
          adminText('stats.searches'),
          adminText('stats.zeroResultSearches'),
        ]}
        rows={stats.municipalities.map((row) => [
          row.name,
          formatNumber(row.searches),
          formatNumber(row.zeroResultSearches),
        ])}
      />

      <h2>{adminText('stats.zeroResults')}</h2>
      <p className="hint">{adminText('stats.zeroResults.hint')}</p>
      <StatsTable
        caption={adminText('stats.zeroResults.caption')}
        empty={adminText('stats.zeroResults.none')}
        headings={[
          adminText('stats.query'),
          adminText('stats.searches'),
          t('statistics.where'),
          adminText('stats.lastSearched'),
        ]}
        rows={stats.zeroResultQueries.map((row) => [
          row.query,
          formatNumber(row.searches),
          splitText(row.municipalities),
          formatDateTime(row.lastSearchedAt),
        ])}
      />

      <h2>{adminText('stats.challenges')}</h2>
      {mostChosen ? (
        <>
          <BarChart
            caption={adminText('stats.challenges.caption')}
            summary={adminText.plural('stats.challenges.summary', mostChosen.searches, {
              name: mostChosen.name,
            })}
            unit={(value) => adminText.plural('stats.searchesUnit', value)}
            bars={stats.topChallenges.map((term) => ({
              key: term.code,
              label: term.name,
              value: term.searches,
            }))}
          />
          <StatsTable
            caption={t('statistics.challenges.caption')}
            empty={adminText('stats.challenges.none')}
            headings={[t('statistics.challenge'), adminText('stats.searches'), t('statistics.where')]}
            rows={stats.topChallenges.map((row) => [
              row.name,
              formatNumber(row.searches),
              splitText(row.municipalities),
            ])}
          />
        </>
      ) : (
        <p>{adminText('stats.challenges.none')}</p>
      )}
    </>
  );
}

/** /region/statistik — what citizens searched for across the region's municipalities, and did not find. */
export function RegionalStatisticsPage() {
  const region = useCurrentTenant();
  const [params] = useSearchParams();
  const period = statsPeriodOf(params);
  const stats = useRegionalStatistics(period);
  return (
    <AdminPage title={t('statistics.title', { region: region.name })} intro={t('statistics.intro')}>
      <StatsPeriodForm period={period} error={stats.error} />
      <QueryResult query={stats}>{(data) => <RegionalStatisticsReport stats={data} />}</QueryResult>
    </AdminPage>
  );
}
