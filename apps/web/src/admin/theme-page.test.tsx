import { afterEach, describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { ThemePage } from './theme-page';

const savedTheme = { primaryColor: '#1d4f73', primaryTextColor: '#ffffff' };

/** The contrast table's verdict for one colour pair, as text. */
function verdictOf(pair: string): string {
  const row = screen.getByRole('rowheader', { name: pair }).closest('tr') as HTMLElement;
  return row.textContent ?? '';
}

async function typeColor(group: string, color: string) {
  const user = userEvent.setup();
  const field = within(screen.getByRole('group', { name: group })).getByRole('textbox', {
    name: 'Farvekode',
  });
  await user.clear(field);
  await user.type(field, color);
}

afterEach(() => document.documentElement.removeAttribute('style'));

describe('the theme editor', () => {
  test('measures the saved colours against WCAG AA in words', async () => {
    answerApi({ 'GET /api/v1/admin/theme': json(savedTheme) });
    renderPage(<ThemePage />, { path: '/admin/tema' });

    await screen.findByRole('group', { name: 'Primærfarve' });
    expect(verdictOf('Tekst på primærfarven')).toMatch(/8,\d+:1.*Består AA/);
    expect(verdictOf('Primærfarven som link på hvid')).toMatch(/8,\d+:1.*Består AA/);
  });

  test('shows a failing pair as it is typed, and the API’s refusal when it is saved', async () => {
    answerApi({
      'GET /api/v1/admin/theme': json(savedTheme),
      'PATCH /api/v1/admin/theme': problem(400, {
        title: 'Farverne kan ikke læses godt nok',
        detail:
          'primaryColor #777777 som link på hvid har kontrasten 4,48:1; WCAG 2.1 AA kræver mindst 4,5:1.',
        errors: [
          {
            field: 'primaryColor',
            message:
              'primaryColor #777777 som link på hvid har kontrasten 4,48:1; WCAG 2.1 AA kræver mindst 4,5:1.',
          },
        ],
      }),
    });
    renderPage(<ThemePage />, { path: '/admin/tema' });
    await screen.findByRole('group', { name: 'Primærfarve' });

    await typeColor('Primærfarve', '#777777');
    expect(verdictOf('Primærfarven som link på hvid')).toContain('4,47:1');
    expect(verdictOf('Primærfarven som link på hvid')).toContain('Består ikke AA');
    expect(verdictOf('Tekst på primærfarven')).toContain('Består ikke AA');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Gem tema' }));

    const primary = within(screen.getByRole('group', { name: 'Primærfarve' })).getByRole('textbox', {
      name: 'Farvekode',
    });
    expect(await screen.findByText(/#777777 som link på hvid har kontrasten 4,48:1/)).toBeInTheDocument();
    expect(primary).toHaveAttribute('aria-invalid', 'true');
    expect(document.documentElement.style.getPropertyValue('--sk-color-primary')).toBe('');
  });

  test('shows the API’s problem as an alert when it names no field of the form', async () => {
    answerApi({
      'GET /api/v1/admin/theme': json(savedTheme),
      'PATCH /api/v1/admin/theme': problem(403, {
        title: 'Ingen adgang',
        detail: 'Siden kræver rollen tenant_admin.',
      }),
    });
    renderPage(<ThemePage />, { path: '/admin/tema' });
    await screen.findByRole('group', { name: 'Primærfarve' });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Gem tema' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Siden kræver rollen tenant_admin.');
  });

  test('previews the chosen colours on the preview only, and on the whole page once saved', async () => {
    const saved = { primaryColor: '#003d73', primaryTextColor: '#ffffff' };
    const requests = answerApi({
      'GET /api/v1/admin/theme': json(savedTheme),
      'PATCH /api/v1/admin/theme': json(saved),
    });
    const { queryClient } = renderPage(<ThemePage />, { path: '/admin/tema' });
    queryClient.setQueryData(['tenant'], { ok: true });
    await screen.findByRole('group', { name: 'Primærfarve' });

    await typeColor('Primærfarve', '#003D73');
    const preview = screen.getByRole('region', { name: 'Forhåndsvisning' });
    expect(preview.style.getPropertyValue('--sk-color-primary')).toBe('#003d73');
    expect(preview.style.getPropertyValue('--sk-color-link')).toBe('#003d73');
    expect(within(preview).getByText(/^Sådan ser tekst/)).toHaveTextContent(
      /^Sådan ser tekst med et link til et tilbud ud\.$/,
    );
    expect(document.documentElement.style.getPropertyValue('--sk-color-primary')).toBe('');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Gem tema' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Temaet er gemt'));
    expect(document.documentElement.style.getPropertyValue('--sk-color-primary')).toBe('#003d73');
    expect(queryClient.getQueryState(['tenant'])?.isInvalidated).toBe(true);
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(await patch?.json()).toEqual({
      primaryColor: '#003d73',
      primaryTextColor: '#ffffff',
    });
  });
});
