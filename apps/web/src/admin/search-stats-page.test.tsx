import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SearchStats } from './admin-api';
import { SearchStatsPage } from './search-stats-page';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';

const stats: SearchStats = {
  from: '2026-10-25T00:00:00.000Z',
  to: '2026-11-24T00:00:00.000Z',
  searches: 1250,
  zeroResultSearches: 87,
  zeroResultsForText: 60,
  zeroResultsWithFilters: 27,
  topQueries: [{ query: 'angst', searches: 140, averageResults: 12 }],
  zeroResultQueries: [{ query: 'spillemani', searches: 9, lastSearchedAt: '2026-11-23T19:05:00.000Z' }],
  filteredOutQueries: [{ query: 'lektiehjælp', searches: 4, lastSearchedAt: '2026-11-22T17:30:00.000Z' }],
  topChallenges: [
    { id: 't1', code: 'ensomhed', name: 'Ensomhed', searches: 42 },
    { id: 't2', code: 'angst', name: 'Angst', searches: 1 },
  ],
};

describe('the search statistics page', () => {
  test('reads the chart of challenges as a list of names and numbers, with a summary', async () => {
    answerApi({ 'GET /api/v1/admin/search-stats': json(stats) });
    renderPage(<SearchStatsPage />, { path: '/admin/statistik' });

    const chart = await screen.findByRole('figure', { name: 'Søgninger pr. udfordring.' });
    expect(chart).toHaveAccessibleDescription('Flest valgte Ensomhed (42 søgninger).');
    const bars = within(chart).getAllByRole('listitem');
    expect(bars.map((bar) => bar.textContent)).toEqual(['Ensomhed42 søgninger', 'Angst1 søgning']);
    expect(chart.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    const unanswered = screen.getByRole('table', { name: /uden resultater for teksten/ });
    expect(within(unanswered).getByRole('rowheader', { name: 'spillemani' })).toBeInTheDocument();
  });

  test('tells words that found nothing from words the filters left without results', async () => {
    answerApi({ 'GET /api/v1/admin/search-stats': json(stats) });
    renderPage(<SearchStatsPage />, { path: '/admin/statistik' });

    const forText = await screen.findByRole('table', { name: /uden resultater for teksten/ });
    expect(within(forText).getByRole('rowheader', { name: 'spillemani' })).toBeInTheDocument();
    expect(within(forText).queryByRole('rowheader', { name: 'lektiehjælp' })).not.toBeInTheDocument();
    const withFilters = screen.getByRole('table', { name: /uden resultater med filtrene/ });
    const row = within(withFilters).getByRole('rowheader', { name: 'lektiehjælp' }).closest('tr');
    expect(row).toHaveTextContent('lektiehjælp422. nov. 2026, 18.30');
    expect(
      screen.getByRole('heading', { name: 'Ingen resultater med de valgte filtre' }),
    ).toBeInTheDocument();
    expect(screen.getByText('heraf ingen resultater for teksten').nextSibling).toHaveTextContent('60');
    expect(screen.getByText('heraf ingen resultater med de valgte filtre').nextSibling).toHaveTextContent(
      '27',
    );
  });

  test("says in each section's own words that it has nothing, while other sections have searches", async () => {
    answerApi({
      'GET /api/v1/admin/search-stats': json({
        ...stats,
        zeroResultSearches: 0,
        zeroResultsForText: 0,
        zeroResultsWithFilters: 0,
        zeroResultQueries: [],
        filteredOutQueries: [],
        topChallenges: [],
      }),
    });
    renderPage(<SearchStatsPage />, { path: '/admin/statistik' });

    expect(
      await screen.findByText('Ingen søgeord uden resultater for teksten i perioden.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Ingen søgeord, som filtrene gav nul resultater, i perioden.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ingen søgninger med en valgt udfordring i perioden.')).toBeInTheDocument();
    expect(screen.queryByText('Ingen søgninger i perioden.')).not.toBeInTheDocument();
  });

  test('says "1 søgning" for one search and "søgninger" for more', async () => {
    answerApi({
      'GET /api/v1/admin/search-stats': json({
        ...stats,
        topChallenges: [{ id: 't2', code: 'angst', name: 'Angst', searches: 1 }],
      }),
    });
    renderPage(<SearchStatsPage />, { path: '/admin/statistik' });
    const chart = await screen.findByRole('figure', { name: 'Søgninger pr. udfordring.' });
    expect(chart).toHaveAccessibleDescription('Flest valgte Angst (1 søgning).');
  });

  test('asks for the chosen period, both days included', async () => {
    const requests = answerApi({ 'GET /api/v1/admin/search-stats': json(stats) });
    renderPage(<SearchStatsPage />, { path: '/admin/statistik' });
    const user = userEvent.setup();
    await screen.findByRole('figure');

    await user.type(screen.getByLabelText('Fra'), '2026-11-01');
    await user.type(screen.getByLabelText('Til og med'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Vis' }));

    await waitFor(() => expect(requests).toHaveLength(2));
    expect(new URL(requests[1].url).search).toBe('?from=2026-11-01&to=2026-11-30');
  });
});
