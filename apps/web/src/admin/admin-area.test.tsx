import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import AdminArea from './admin-area';
import { answerApi, json } from '../test-support/fetch-stub';
import { TEST_SETTINGS } from '../test-support/admin-settings';
import { renderPage } from '../test-support/render-page';

const staff = (role: string) => ({
  authenticated: true,
  user: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Mette Jensen', email: 'mette@aarhus.dk' },
  role,
  csrfToken: 'token',
});

function renderArea(path: string) {
  return renderPage(
    <Routes>
      <Route path="admin/*" element={<AdminArea />} />
    </Routes>,
    { path },
  );
}

describe('the administration area', () => {
  test('asks a visitor who is not logged in to log in, and brings them back', async () => {
    answerApi({ 'GET /api/v1/me': json({ authenticated: false }) });
    renderArea('/admin/tema');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Log ind for at se siden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log ind' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/auth\/login\?returnTo=/),
    );
  });

  test('tells an editor the pages are for administrators', async () => {
    answerApi({ 'GET /api/v1/me': json(staff('editor')) });
    renderArea('/admin');

    expect(await screen.findByRole('alert')).toHaveTextContent('Du har ikke adgang til siden');
    expect(document.title).toBe('Du har ikke adgang til siden – Aarhus Kommune – Socialkompas');
    expect(screen.queryByRole('navigation', { name: 'Administration' })).not.toBeInTheDocument();
  });

  test('shows an administrator the pages, with the current one marked in the navigation', async () => {
    answerApi({
      'GET /api/v1/me': json(staff('tenant_admin')),
      'GET /api/v1/admin/settings': json({
        ...TEST_SETTINGS,
        publicContact: { ...TEST_SETTINGS.publicContact, contactEmail: 'socialkompas@aarhus.dk' },
      }),
    });
    renderArea('/admin/indstillinger');

    expect(await screen.findByRole('heading', { level: 1, name: 'Indstillinger' })).toBeInTheDocument();
    expect(document.title).toBe('Indstillinger – Aarhus Kommune – Socialkompas');
    expect(screen.getByRole('link', { name: 'Indstillinger' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('textbox', { name: 'E-mail til borgerne' })).toHaveValue(
      'socialkompas@aarhus.dk',
    );
    expect(screen.getByRole('link', { name: 'Landsdækkende tilbud' })).toHaveAttribute(
      'href',
      '/admin/landsdaekkende-tilbud',
    );
  });
});
