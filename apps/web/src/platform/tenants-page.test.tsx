import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import type { PlatformTenant } from './platform-api';
import { NewTenantPage } from './new-tenant-page';
import { TenantsPage } from './tenants-page';

const tenant = (slug: string, name: string, kind: PlatformTenant['kind']): PlatformTenant => ({
  id: `00000000-0000-4000-8000-${slug.padStart(12, '0').slice(-12)}`,
  slug,
  name,
  kind,
  status: 'active',
  theme: {},
  settings: {},
  schemaVersion: 12,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
});

const tenants = [
  tenant('aarhus', 'Aarhus Kommune', 'municipality'),
  tenant('midtjylland', 'Region Midtjylland', 'region'),
];

describe('the tenants page', () => {
  test('links every tenant to its page, and a new one to the wizard', async () => {
    answerApi({ 'GET /api/v1/platform/tenants': json(tenants) });
    renderPage(<TenantsPage />, { path: '/platform' });
    expect(await screen.findByRole('link', { name: 'Aarhus Kommune' })).toHaveAttribute(
      'href',
      '/platform/kommuner/aarhus',
    );
    expect(screen.getByRole('link', { name: 'Opret en kommune eller region' })).toHaveAttribute(
      'href',
      '/platform/kommuner/ny',
    );
  });

  test('creates a municipality in a region with its own domain, its short name suggested from the name', async () => {
    const odder = tenant('odder', 'Odder Kommune', 'municipality');
    const requests = answerApi({
      'GET /api/v1/platform/tenants': json(tenants),
      'POST /api/v1/platform/tenants': json(
        { tenant: odder, created: true, appliedMigrations: ['001-init'] },
        201,
      ),
    });
    renderPage(<NewTenantPage />, { path: '/platform/kommuner/ny' });
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: 'Navn' }), 'Odder Kommune');
    expect(screen.getByRole('textbox', { name: 'Forkortelse' })).toHaveValue('odder');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'midtjylland');
    await user.type(screen.getByRole('textbox', { name: 'Egne domæner' }), 'Tilbud.Odder.dk');
    await user.click(screen.getByRole('button', { name: 'Opret' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      name: 'Odder Kommune',
      slug: 'odder',
      kind: 'municipality',
      region: 'midtjylland',
      domains: ['tilbud.odder.dk'],
    });
  });

  test('shows the API’s message for a malformed short name under the field', async () => {
    answerApi({
      'GET /api/v1/platform/tenants': json(tenants),
      'POST /api/v1/platform/tenants': problem(400, {
        title: 'Ugyldige oplysninger',
        errors: [
          {
            field: 'slug',
            message: 'slug skal være 2-41 tegn: små bogstaver, cifre og _, startende med et bogstav.',
          },
        ],
      }),
    });
    renderPage(<NewTenantPage />, { path: '/platform/kommuner/ny' });
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: 'Navn' }), 'Ærø Kommune');
    expect(screen.getByRole('textbox', { name: 'Forkortelse' })).toHaveValue('aeroe');
    await user.clear(screen.getByRole('textbox', { name: 'Forkortelse' }));
    await user.type(screen.getByRole('textbox', { name: 'Forkortelse' }), 'Odder');
    // Typed by hand, the short name no longer follows the name.
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'x');
    expect(screen.getByRole('textbox', { name: 'Forkortelse' })).toHaveValue('Odder');
    await user.click(screen.getByRole('radio', { name: 'Region' }));
    expect(screen.queryByRole('combobox', { name: 'Region' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opret' }));

    expect(await screen.findByRole('textbox', { name: 'Forkortelse' })).toHaveAccessibleDescription(
      /slug skal være 2-41 tegn/,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('resumes a suspended tenant and says so', async () => {
    const suspended = { ...tenants[0], status: 'suspended' as const };
    answerApi({
      'GET /api/v1/platform/tenants': json([suspended, tenants[1]]),
      'POST /api/v1/platform/tenants/aarhus/resume': json({ ...suspended, status: 'active' }),
    });
    renderPage(<TenantsPage />, { path: '/platform' });

    const row = (await screen.findByRole('rowheader', { name: /Aarhus Kommune/ })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByRole('cell', { name: 'Suspenderet' })).toBeInTheDocument();
    await userEvent.setup().click(within(row).getByRole('button', { name: 'Genoptag Aarhus Kommune' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Aarhus Kommune er genoptaget.'),
    );
  });
});
