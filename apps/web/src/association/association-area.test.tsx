import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import AssociationArea from './association-area';

const member = json({
  authenticated: true,
  user: { id: 'u1', name: null, email: 'kasserer@sorg.dk' },
  role: 'association',
  organizationId: 'o1',
  csrfToken: 'token',
});

const ownOffers = {
  organization: { id: 'o1', name: 'Foreningen Sorg', trusted: false },
  items: [
    {
      id: '5d0c1f7a-2222-4000-8000-000000000003',
      name: 'Sorggruppe for unge',
      status: 'published',
      version: 4,
      assuredDate: '2026-05-12',
      staleSince: null,
      linkProblems: [{ url: 'https://sorg.example/gruppe', result: 'broken', reason: 'HTTP 404' }],
      inReview: true,
    },
  ],
};

const renderArea = (path: string) =>
  renderPage(
    <Routes>
      <Route path="min-forening/*" element={<AssociationArea />} />
    </Routes>,
    { path },
  );

describe('min forening', () => {
  test("lists the association's offers with their last confirmation and broken links, and confirms them all", async () => {
    const requests = answerApi({
      'GET /api/v1/me': member,
      'GET /api/v1/association/offers': json(ownOffers),
      'POST /api/v1/association/offers/confirm': json({ confirmed: 1 }),
    });
    const user = userEvent.setup();
    renderArea('/min-forening');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Min forening: Foreningen Sorg' }),
    ).toBeInTheDocument();
    const item = screen.getByRole('link', { name: 'Ret Sorggruppe for unge' }).closest('li') as HTMLElement;
    expect(within(item).getByText(/Sidst bekræftet 12\. maj 2026/)).toBeInTheDocument();
    expect(within(item).getByText('https://sorg.example/gruppe')).toBeInTheDocument();
    expect(within(item).getByText('Jeres rettelse venter på redaktionen.')).toBeInTheDocument();
    expect(screen.getByText('Jeres rettelser vises, når redaktionen har godkendt dem.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bekræft alle' }));
    expect(await screen.findByText('1 tilbud er bekræftet i dag.')).toBeInTheDocument();
    const confirm = requests.find((request) => request.method === 'POST');
    expect(confirm?.headers.get('x-csrf-token')).toBe('token');
  });

  test('sends someone not logged in to the e-mail login, which gives one answer for every address', async () => {
    const requests = answerApi({
      'GET /api/v1/me': json({
        authenticated: false,
        tenant: { slug: 'aarhus', name: 'Aarhus Kommune' },
        loginUrl: '/auth/login',
      }),
      'POST /auth/email-login': json({ message: 'sendt' }, 202),
    });
    const user = userEvent.setup();
    const { unmount } = renderArea('/min-forening');
    expect(await screen.findByRole('link', { name: 'Log ind' })).toHaveAttribute(
      'href',
      '/min-forening/log-ind',
    );
    unmount();

    renderArea('/min-forening/log-ind');
    await user.type(screen.getByLabelText('E-mailadresse'), 'kasserer@sorg.dk');
    await user.click(screen.getByRole('button', { name: 'Send mig et link' }));
    expect(await screen.findByText(/Hvis adressen har adgang, har vi sendt et link/)).toBeInTheDocument();
    const sent = requests.find((request) => request.method === 'POST');
    expect(await sent?.json()).toEqual({ email: 'kasserer@sorg.dk' });
  });

  test('names the field the API refuses, and says when to try again after too many links', async () => {
    let attempts = 0;
    answerApi({
      'POST /auth/email-login': () =>
        ++attempts === 1
          ? problem(400, {
              title: 'Ugyldige oplysninger',
              errors: [{ field: 'email', message: 'email skal være en gyldig e-mailadresse.' }],
            })
          : problem(429, { title: 'For mange forsøg', detail: 'Prøv igen om 12 minutter.' }),
    });
    const user = userEvent.setup();
    renderArea('/min-forening/log-ind');
    await user.type(screen.getByLabelText('E-mailadresse'), 'ikke-en-adresse');
    await user.click(screen.getByRole('button', { name: 'Send mig et link' }));
    expect(await screen.findByLabelText('E-mailadresse')).toHaveAccessibleDescription(
      'email skal være en gyldig e-mailadresse.',
    );
    await user.click(screen.getByRole('button', { name: 'Send mig et link' }));
    expect(await screen.findByText('Prøv igen om 12 minutter.')).toBeInTheDocument();
  });

  test('sends a request for access to the association named in the address', async () => {
    const requests = answerApi({
      'POST /api/v1/association-access-requests': json({ message: 'Tak' }, 202),
    });
    const user = userEvent.setup();
    renderArea('/min-forening/bed-om-adgang?forening=o1');
    await user.type(screen.getByLabelText('Dit navn'), 'Lone Larsen');
    await user.type(screen.getByLabelText('Din e-mailadresse'), 'lone@sorg.dk');
    await user.click(screen.getByRole('button', { name: 'Send anmodningen' }));
    expect(await screen.findByText(/Tak! Redaktionen ser på anmodningen/)).toBeInTheDocument();
    const sent = requests.find((request) => request.method === 'POST');
    expect(await sent?.json()).toEqual({ organizationId: 'o1', name: 'Lone Larsen', email: 'lone@sorg.dk' });
  });
});
