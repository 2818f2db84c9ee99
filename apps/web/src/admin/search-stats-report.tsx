import { formatDateTime, formatNumber } from '../i18n/format';
import type { SearchStats } from './admin-api';
import { BarChart } from './bar-chart';
import { t } from './messages';
import { StatsTable } from './stats-table';

/** Search words that found nothing, for one reason: the text itself, or the filters with it. */
function UnansweredTable({
  heading,
  hint,
  caption,
  queries,
  empty,
}: {
  heading: string;
  hint: string;
  caption: string;
  queries: SearchStats['zeroResultQueries'];
  empty: string;
}) {
  return (
    <>
      <h2>{heading}</h2>
      <p className="hint">{hint}</p>
      <StatsTable
        caption={caption}
        empty={empty}
        headings={[t('stats.query'), t('stats.searches'), t('stats.lastSearched')]}
        rows={queries.map((row) => [
          row.query,
          formatNumber(row.searches),
          formatDateTime(row.lastSearchedAt),
        ])}
      />
    </>
  );
}

/** What citizens searched for in the period, and what they did not find. */
export function SearchStatsReport({ stats }: { stats: SearchStats }) {
  const [mostChosen] = stats.topChallenges;
  return (
    <>
      <h2>{t('stats.totals')}</h2>
      <dl className="stats-totals">
        {(
          [
            ['stats.searches', stats.searches],
            ['stats.zeroResultSearches', stats.zeroResultSearches],
            ['stats.zeroResultsForText', stats.zeroResultsForText],
            ['stats.zeroResultsWithFilters', stats.zeroResultsWithFilters],
          ] as const
        ).map(([label, count]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{formatNumber(count)}</dd>
          </div>
        ))}
      </dl>

      <h2>{t('stats.challenges')}</h2>
      {mostChosen ? (
        <BarChart
          caption={t('stats.challenges.caption')}
          summary={t.plural('stats.challenges.summary', mostChosen.searches, { name: mostChosen.name })}
          unit={(value) => t.plural('stats.searchesUnit', value)}
          bars={stats.topChallenges.map((term) => ({ key: term.id, label: term.name, value: term.searches }))}
        />
      ) : (
        <p>{t('stats.challenges.none')}</p>
      )}

      <UnansweredTable
        heading={t('stats.zeroResults')}
        hint={t('stats.zeroResults.hint')}
        caption={t('stats.zeroResults.caption')}
        queries={stats.zeroResultQueries}
        empty={t('stats.zeroResults.none')}
      />
      <UnansweredTable
        heading={t('stats.filteredOut')}
        hint={t('stats.filteredOut.hint')}
        caption={t('stats.filteredOut.caption')}
        queries={stats.filteredOutQueries}
        empty={t('stats.filteredOut.none')}
      />

      <h2>{t('stats.topQueries')}</h2>
      <StatsTable
        caption={t('stats.topQueries.caption')}
        empty={t('stats.none')}
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
