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
  topQueries: [{ query: 'angst', searches: 140, averageResults: 12 }],
  zeroResultQueries: [{ query: 'spillemani', searches: 9, lastSearchedAt: '2026-11-23T19:05:00.000Z' }],
  topChallenges: [
    { id: 't1', code: 'ensomhed', name: 'Ensomhed', searches: 42 },
    { id: 't2', code: 'angst', name: 'Angst', searches: 21 },
  ],
};

describe('the search statistics page', () => {
  test('reads the chart of challenges as a list of names and numbers, with a summary', async () => {
    answerApi({ 'GET /api/v1/admin/search-stats': json(stats) });
    renderPage(<SearchStatsPage />, { path: '/admin/statistik' });

    const chart = await screen.findByRole('figure', { name: 'Søgninger pr. udfordring.' });
    expect(chart).toHaveAccessibleDescription('Flest valgte Ensomhed (42 søgninger).');
    const bars = within(chart).getAllByRole('listitem');
    expect(bars.map((bar) => bar.textContent)).toEqual(['Ensomhed42 søgninger', 'Angst21 søgninger']);
    expect(chart.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    const unanswered = screen.getByRole('table', { name: /Søgeord uden resultater/ });
    expect(within(unanswered).getByRole('rowheader', { name: 'spillemani' })).toBeInTheDocument();
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
