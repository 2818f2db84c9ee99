import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { OnboardingWizard } from './onboarding-wizard';
import { TenantPage } from './tenant-page';

const odder = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'odder',
  name: 'Odder Kommune',
  kind: 'municipality' as const,
  status: 'active' as const,
  theme: {},
  settings: {},
  schemaVersion: 12,
  createdAt: '2026-12-03T09:00:00.000Z',
  updatedAt: '2026-12-03T09:00:00.000Z',
  domains: ['tilbud.odder.dk'],
  region: null,
  publicUrl: 'http://odder.localhost:3000',
};

const checklist = (mailDelivered = true, firstAdmin = 'Første administrator: ingen inviteret endnu') => ({
  mailDelivered,
  steps: [
    { key: 'tenant', status: 'done', detail: 'Odder Kommune: odder.localhost:3000, tilbud.odder.dk' },
    { key: 'theme', status: 'todo', detail: 'Tema: standardfarver, intet logo' },
    { key: 'identity_provider', status: 'todo', detail: 'Login: ingen identitetsudbyder endnu' },
    { key: 'first_admin', status: firstAdmin.includes(': inviteret ') ? 'done' : 'todo', detail: firstAdmin },
    { key: 'accessibility', status: 'todo', detail: 'Tilgængelighedserklæring: mangler' },
    { key: 'catalogue', status: 'todo', detail: 'Katalog: 0 tilbud' },
  ],
});

function renderAt(path: string) {
  return renderPage(
    <Routes>
      <Route path="/platform/kommuner/:slug" element={<TenantPage />} />
      <Route path="/platform/kommuner/:slug/:step" element={<OnboardingWizard />} />
    </Routes>,
    { path },
  );
}

describe('the onboarding wizard', () => {
  test('shows where one is among the steps, and offers to skip a step still to do', async () => {
    answerApi({
      'GET /api/v1/platform/tenants/odder': json(odder),
      'GET /api/v1/platform/tenants/odder/onboarding': json(checklist()),
      'GET /api/v1/platform/tenants/odder/theme': json({}),
    });
    renderAt('/platform/kommuner/odder/tema');

    expect(await screen.findByText('Trin 2 af 6')).toBeInTheDocument();
    const steps = screen.getByRole('navigation', { name: 'Opsætningens trin' });
    expect(within(steps).getByRole('link', { name: 'Tema og logo' })).toHaveAttribute('aria-current', 'step');
    await waitFor(() =>
      expect(
        within(steps)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'Kommunen (udført)',
        'Tema og logo (mangler)',
        'Login (mangler)',
        'Første administrator (mangler)',
        'Tilgængelighedserklæring (mangler)',
        'Katalog (mangler)',
      ]),
    );
    expect(screen.getByRole('link', { name: 'Spring over' })).toHaveAttribute(
      'href',
      '/platform/kommuner/odder/login',
    );
    expect(screen.getByRole('link', { name: 'Tilbage' })).toHaveAttribute(
      'href',
      '/platform/kommuner/odder/kommune',
    );
    expect(await screen.findByText('Odder Kommune', { selector: '.site-header__name' })).toBeInTheDocument();
  });

  test('shows the API’s refusal of a logo under the file field, in Danish', async () => {
    answerApi({
      'GET /api/v1/platform/tenants/odder': json(odder),
      'GET /api/v1/platform/tenants/odder/onboarding': json(checklist()),
      'GET /api/v1/platform/tenants/odder/theme': json({}),
      'PUT /api/v1/platform/tenants/odder/logo': problem(400, {
        title: 'Ugyldige oplysninger',
        errors: [{ field: 'logo', message: 'SVG-filen kan ikke bruges: Den indeholder scripts (<script>).' }],
      }),
    });
    renderAt('/platform/kommuner/odder/tema');
    const user = userEvent.setup();
    const file = new File(['<svg><script>alert(1)</script></svg>'], 'logo.svg', { type: 'image/svg+xml' });
    await user.upload(await screen.findByLabelText('Logofil'), file);
    await user.click(screen.getByRole('button', { name: 'Upload logo' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Logofil')).toHaveAccessibleDescription(/Den indeholder scripts/),
    );
  });

  test('refuses a logo over 200 KB before sending it', async () => {
    const requests = answerApi({
      'GET /api/v1/platform/tenants/odder': json(odder),
      'GET /api/v1/platform/tenants/odder/onboarding': json(checklist()),
      'GET /api/v1/platform/tenants/odder/theme': json({}),
    });
    renderAt('/platform/kommuner/odder/tema');
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText('Logofil'),
      new File([new Uint8Array(300 * 1024)], 'stort.png', { type: 'image/png' }),
    );
    await user.click(screen.getByRole('button', { name: 'Upload logo' }));

    expect(screen.getByLabelText('Logofil')).toHaveAccessibleDescription(
      /Logoet fylder 300 KB; det må højst fylde 200 KB/,
    );
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  test('invites the first administrator and says the mail waits in the outbox when there is no SMTP server', async () => {
    let invited = false;
    answerApi({
      'GET /api/v1/platform/tenants/odder': json(odder),
      'GET /api/v1/platform/tenants/odder/onboarding': () =>
        json(
          checklist(
            false,
            invited
              ? 'Første administrator: inviteret it@odder.dk, ikke logget ind endnu, invitationen venter i udbakken: der er ingen SMTP-server'
              : undefined,
          ),
        ),
      'POST /api/v1/platform/tenants/odder/invitations': () => {
        invited = true;
        return json({ id: '1', email: 'it@odder.dk', role: 'tenant_admin', status: 'invited' }, 201);
      },
    });
    renderAt('/platform/kommuner/odder/administrator');
    const user = userEvent.setup();
    await user.type(
      await screen.findByRole('textbox', { name: 'E-mail til den første administrator' }),
      'IT@odder.dk',
    );
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText(/venter i kommunens udbakke/)).toHaveTextContent(
      'http://odder.localhost:3000/auth/login',
    );
    expect(
      await screen.findByText(/invitationen venter i udbakken: der er ingen SMTP-server/),
    ).toBeInTheDocument();
  });

  test('shows the tenant’s checklist with a way to each step of the wizard', async () => {
    answerApi({
      'GET /api/v1/platform/tenants/odder': json(odder),
      'GET /api/v1/platform/tenants/odder/onboarding': json(checklist()),
    });
    renderAt('/platform/kommuner/odder');

    expect(await screen.findByRole('heading', { level: 1, name: 'Odder Kommune' })).toBeInTheDocument();
    expect(await screen.findByText(/Katalog: 0 tilbud/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fortsæt opsætningen' })).toHaveAttribute(
      'href',
      '/platform/kommuner/odder/tema',
    );
    expect(screen.getByRole('link', { name: 'Gå til trinnet Tilgængelighedserklæring' })).toHaveAttribute(
      'href',
      '/platform/kommuner/odder/tilgaengelighed',
    );
    expect(screen.getByRole('button', { name: 'Fjern tilbud.odder.dk' })).toBeInTheDocument();
  });
});
