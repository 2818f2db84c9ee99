import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsPage } from './settings-page';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { TEST_SETTINGS } from '../test-support/admin-settings';
import { renderPage, TEST_TENANT } from '../test-support/render-page';

const settings = TEST_SETTINGS;

describe('the settings page: offers from other municipalities', () => {
  test('offers the three choices as one labelled group, the saved one chosen, and saves another', async () => {
    const requests = answerApi({
      'GET /api/v1/admin/settings': json(settings),
      'PATCH /api/v1/admin/settings': json({ ...settings, search: { nearbyOffers: 'region' } }),
    });
    renderPage(<SettingsPage />, { path: '/admin/indstillinger' });
    const user = userEvent.setup();

    const group = await screen.findByRole('group', { name: 'Tilbud fra andre kommuner' });
    expect(group).toHaveAccessibleDescription(expect.stringContaining('inden for en afstand'));
    expect(
      screen.getByRole('radio', { name: 'Kun kommunens egne tilbud (og de landsdækkende)' }),
    ).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Også tilbud fra kommunerne i vores region' }));
    await user.click(screen.getByRole('button', { name: 'Gem indstillinger' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Indstillingerne er gemt.'));
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(await patch?.json()).toMatchObject({ nearbyOffers: 'region' });
  });

  test('shows the API’s message for the choice under the group', async () => {
    answerApi({
      'GET /api/v1/admin/settings': json(settings),
      'PATCH /api/v1/admin/settings': problem(400, {
        title: 'Ugyldige oplysninger',
        errors: [{ field: 'nearbyOffers', message: 'nearbyOffers skal være en af off, region, all.' }],
      }),
    });
    renderPage(<SettingsPage />, { path: '/admin/indstillinger' });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Gem indstillinger' }));

    expect(await screen.findByText('nearbyOffers skal være en af off, region, all.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('leaves the choice out on a region’s host, whose search covers its members anyway', async () => {
    const requests = answerApi({
      'GET /api/v1/admin/settings': json(settings),
      'PATCH /api/v1/admin/settings': json(settings),
    });
    renderPage(<SettingsPage />, {
      path: '/admin/indstillinger',
      tenant: { ...TEST_TENANT, slug: 'midtjylland', name: 'Region Midtjylland', kind: 'region' },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Gem indstillinger' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Indstillingerne er gemt.'));
    expect(screen.queryByRole('group', { name: 'Tilbud fra andre kommuner' })).not.toBeInTheDocument();
    const patch = await requests.find((request) => request.method === 'PATCH')?.json();
    expect(patch).not.toHaveProperty('nearbyOffers');
  });
});
