import { formatDateTime, formatNumber } from '../i18n/format';
import type { SearchStats } from './admin-api';
import { BarChart } from './bar-chart';
import { t } from './messages';
import { StatsTable } from './stats-table';

/** What citizens searched for in the period, and what they did not find. */
export function SearchStatsReport({ stats }: { stats: SearchStats }) {
  const [mostChosen] = stats.topChallenges;
  return (
    <>
      <h2>{t('stats.totals')}</h2>
      <dl className="stats-totals">
        <div>
          <dt>{t('stats.searches')}</dt>
          <dd>{formatNumber(stats.searches)}</dd>
        </div>
        <div>
          <dt>{t('stats.zeroResultSearches')}</dt>
          <dd>{formatNumber(stats.zeroResultSearches)}</dd>
        </div>
      </dl>

      <h2>{t('stats.challenges')}</h2>
      {mostChosen ? (
        <BarChart
          caption={t('stats.challenges.caption')}
          summary={t('stats.challenges.summary', {
            name: mostChosen.name,
            count: formatNumber(mostChosen.searches),
          })}
          unit={t('stats.searchesUnit')}
          bars={stats.topChallenges.map((term) => ({ key: term.id, label: term.name, value: term.searches }))}
        />
      ) : (
        <p>{t('stats.none')}</p>
      )}

      <h2>{t('stats.zeroResults')}</h2>
      <p className="hint">{t('stats.zeroResults.hint')}</p>
      <StatsTable
        caption={t('stats.zeroResults.caption')}
        headings={[t('stats.query'), t('stats.searches'), t('stats.lastSearched')]}
        rows={stats.zeroResultQueries.map((row) => [
          row.query,
          formatNumber(row.searches),
          formatDateTime(row.lastSearchedAt),
        ])}
      />

      <h2>{t('stats.topQueries')}</h2>
      <StatsTable
        caption={t('stats.topQueries.caption')}
        headings={[t('stats.query'), t('stats.searches'), t('stats.averageResults')]}
        rows={stats.topQueries.map((row) => [
          row.query,
          formatNumber(row.searches),
          formatNumber(row.averageResults),
        ])}
      />
    </>
  );
}
