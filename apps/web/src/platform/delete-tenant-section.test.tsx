import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { TenantPage } from './tenant-page';
import { TenantsPage } from './tenants-page';

const odder = (status: 'active' | 'suspended') => ({
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'odder',
  name: 'Odder Kommune',
  kind: 'municipality' as const,
  status,
  theme: {},
  settings: {},
  schemaVersion: 12,
  createdAt: '2026-12-03T09:00:00.000Z',
  updatedAt: '2026-12-03T09:00:00.000Z',
  domains: [],
  region: null,
  publicUrl: 'http://odder.localhost:3000',
});

const checklist = { mailDelivered: true, steps: [] };
const TENANT = '/api/v1/platform/tenants/odder';

function renderTenantPage() {
  return renderPage(
    <Routes>
      <Route path="/platform" element={<TenantsPage />} />
      <Route path="/platform/kommuner/:slug" element={<TenantPage />} />
    </Routes>,
    { path: '/platform/kommuner/odder' },
  );
}

describe('deleting a tenant from its page', () => {
  test('asks for a suspension first while the tenant is active, and offers no deletion', async () => {
    answerApi({
      [`GET ${TENANT}`]: json(odder('active')),
      [`GET ${TENANT}/onboarding`]: json(checklist),
    });
    renderTenantPage();
    expect(await screen.findByRole('heading', { name: 'Slet kommunen' })).toBeInTheDocument();
    expect(screen.getByText(/skal suspenderes, før den kan slettes/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til listen over kommuner' })).toHaveAttribute(
      'href',
      '/platform',
    );
    expect(screen.queryByRole('button', { name: 'Slet kommunen permanent' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hent sikkerhedskopi' })).not.toBeInTheDocument();
  });

  test('offers the backup, enables the button only for the exact slug, and returns to the list with the news', async () => {
    const requests = answerApi({
      [`GET ${TENANT}`]: json(odder('suspended')),
      [`GET ${TENANT}/onboarding`]: json(checklist),
      [`DELETE ${TENANT}`]: new Response(null, { status: 204 }),
      'GET /api/v1/platform/tenants': json([]),
    });
    renderTenantPage();
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Hent sikkerhedskopi' })).toHaveAttribute(
      'href',
      `${TENANT}/backup`,
    );
    const confirm = screen.getByRole('textbox', { name: 'Skriv odder for at bekræfte' });
    const button = screen.getByRole('button', { name: 'Slet kommunen permanent' });
    expect(button).toBeDisabled();
    await user.type(confirm, 'Odder');
    expect(button).toBeDisabled();
    await user.clear(confirm);
    await user.type(confirm, 'odder');
    expect(button).toBeEnabled();
    await user.click(button);

    expect(await screen.findByText('Odder Kommune er slettet.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { name: 'Kommuner og regioner', level: 1 })).toBeInTheDocument();
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(await deletion?.json()).toEqual({ confirm: 'odder' });
  });

  test('shows the API’s refusal in Danish and stays on the page, with no WCAG 2.1 A/AA violation axe can find', async () => {
    const refusal =
      'Der er ingen backup af "odder" taget efter dens seneste ændring (2026-12-03T09:00:00.000Z).';
    answerApi({
      [`GET ${TENANT}`]: json(odder('suspended')),
      [`GET ${TENANT}/onboarding`]: json(checklist),
      [`DELETE ${TENANT}`]: problem(409, {
        title: 'Konflikt',
        detail: refusal,
        errors: [{ field: 'backup', message: refusal }],
      }),
    });
    const { container } = renderTenantPage();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Skriv odder for at bekræfte' }), 'odder');
    await user.click(screen.getByRole('button', { name: 'Slet kommunen permanent' }));

    expect(await screen.findByRole('heading', { name: 'Kommunen blev ikke slettet' })).toBeInTheDocument();
    expect(screen.getAllByText(refusal)).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Odder Kommune', level: 1 })).toBeInTheDocument();

    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom has no layout: colours are checked in the browser tests.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('links a wrong confirmation from the summary to its field', async () => {
    const message = 'Skriv tenantens slug "odder" som bekræftelse.';
    answerApi({
      [`GET ${TENANT}`]: json(odder('suspended')),
      [`GET ${TENANT}/onboarding`]: json(checklist),
      [`DELETE ${TENANT}`]: problem(400, {
        title: 'Ugyldig forespørgsel',
        errors: [{ field: 'confirm', message }],
      }),
    });
    renderTenantPage();
    const user = userEvent.setup();
    const confirm = await screen.findByRole('textbox', { name: 'Skriv odder for at bekræfte' });
    await user.type(confirm, 'odder');
    await user.click(screen.getByRole('button', { name: 'Slet kommunen permanent' }));
    await user.click(await screen.findByRole('link', { name: message }));
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(confirm).toHaveAccessibleDescription(message);
  });
});
