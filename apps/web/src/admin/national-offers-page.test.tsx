import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NationalOffer } from './admin-api';
import { NationalOffersPage } from './national-offers-page';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';

const sorglinjen: NationalOffer = {
  id: '0b7c1f3e-5a2d-4c8e-9f10-2a3b4c5d6e7f',
  name: 'Sorglinjen',
  summary: 'Tal med en frivillig, når du har mistet en, du holder af.',
  organizationName: 'Sorg og Savn – landsforeningen',
  hidden: false,
};
const spillelinjen: NationalOffer = {
  id: '1c8d2a4f-6b3e-4d9f-8a21-3b4c5d6e7f80',
  name: 'Spillelinjen',
  summary: 'Rådgivning, hvis spil om penge fylder for meget.',
  organizationName: 'Afhængighedslinjen',
  hidden: true,
};
const PUT_SORGLINJEN = `PUT /api/v1/admin/national-offers/${sorglinjen.id}`;

describe('the national offers page', () => {
  test('gives each offer a switch labelled with its name, on where it shows, with its organisation', async () => {
    answerApi({ 'GET /api/v1/admin/national-offers': json({ items: [sorglinjen, spillelinjen] }) });
    renderPage(<NationalOffersPage />, { path: '/admin/landsdaekkende-tilbud' });

    const shown = await screen.findByRole('switch', { name: 'Sorglinjen' });
    expect(shown).toBeChecked();
    expect(shown).toHaveAccessibleDescription('Sorg og Savn – landsforeningen. Vises på kommunens side.');
    const hidden = screen.getByRole('switch', { name: 'Spillelinjen' });
    expect(hidden).not.toBeChecked();
    expect(hidden).toHaveAccessibleDescription('Afhængighedslinjen. Skjult på kommunens side.');
    expect(screen.getByRole('heading', { level: 1, name: 'Landsdækkende tilbud' })).toBeInTheDocument();
    expect(screen.getByText('2 landsdækkende tilbud, heraf 1 skjult på kommunens side.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  test('hides an offer when its switch is turned off, and says so in the status line', async () => {
    const requests = answerApi({
      'GET /api/v1/admin/national-offers': json({ items: [sorglinjen, spillelinjen] }),
      [PUT_SORGLINJEN]: json({ ...sorglinjen, hidden: true }),
    });
    renderPage(<NationalOffersPage />, { path: '/admin/landsdaekkende-tilbud' });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('switch', { name: 'Sorglinjen' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('«Sorglinjen» er nu skjult på kommunens side.'),
    );
    expect(screen.getByRole('switch', { name: 'Sorglinjen' })).not.toBeChecked();
    expect(screen.getByText('2 landsdækkende tilbud, heraf 2 skjult på kommunens side.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT');
    expect(await put?.json()).toEqual({ hidden: true });
  });

  test('shows a hidden offer again from the keyboard', async () => {
    const requests = answerApi({
      'GET /api/v1/admin/national-offers': json({ items: [sorglinjen, spillelinjen] }),
      [`PUT /api/v1/admin/national-offers/${spillelinjen.id}`]: json({ ...spillelinjen, hidden: false }),
    });
    renderPage(<NationalOffersPage />, { path: '/admin/landsdaekkende-tilbud' });
    const user = userEvent.setup();

    (await screen.findByRole('switch', { name: 'Spillelinjen' })).focus();
    await user.keyboard(' ');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('«Spillelinjen» vises nu på kommunens side.'),
    );
    expect(screen.getByRole('switch', { name: 'Spillelinjen' })).toBeChecked();
    expect(await requests.find((request) => request.method === 'PUT')?.json()).toEqual({ hidden: false });
  });

  test('keeps the switch as it was and shows the API’s refusal', async () => {
    answerApi({
      'GET /api/v1/admin/national-offers': json({ items: [sorglinjen] }),
      [PUT_SORGLINJEN]: problem(404, {
        title: 'Ikke fundet',
        detail: 'Der er intet offentliggjort landsdækkende tilbud med dette id.',
      }),
    });
    renderPage(<NationalOffersPage />, { path: '/admin/landsdaekkende-tilbud' });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('switch', { name: 'Sorglinjen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der er intet offentliggjort landsdækkende tilbud med dette id.',
    );
    expect(screen.getByRole('switch', { name: 'Sorglinjen' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  test('says so when there are no national offers', async () => {
    answerApi({ 'GET /api/v1/admin/national-offers': json({ items: [] }) });
    renderPage(<NationalOffersPage />, { path: '/admin/landsdaekkende-tilbud' });

    expect(
      await screen.findByText('Der er ingen offentliggjorte landsdækkende tilbud endnu.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
