import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import StaffArea from './staff-area';

const OFFER_ID = '5d0c1f7a-2222-4000-8000-000000000003';

const inReview = {
  id: OFFER_ID,
  version: 2,
  status: 'in_review',
  name: 'Strikkecafé',
  summary: 'Vi strikker og drikker kaffe.',
  email: 'strik@forening.dk',
  organization: { id: 'o1', name: 'Foreningen Fællesskab', website: null, email: null, phone: null },
  terms: {},
};

const renderReviewPage = () =>
  renderPage(
    <Routes>
      <Route path="personale/*" element={<StaffArea />} />
    </Routes>,
    { path: '/personale/godkendelse' },
  );

const editorSession = () =>
  json({
    authenticated: true,
    user: { id: 'u1', name: 'Mette Jensen', email: 'mette@aarhus.dk' },
    role: 'editor',
    csrfToken: 'token',
  });

describe('the review page', () => {
  test('rejects an offer only with a reason, and sends it back to draft with the reason', async () => {
    const requests = answerApi({
      'GET /api/v1/me': editorSession(),
      'GET /api/v1/admin/offers': json({ items: [inReview], total: 1, page: 1, size: 20 }),
      'GET /api/v1/admin/offer-suggestions': json({ items: [], total: 0, page: 1, size: 20 }),
      'GET /api/v1/admin/offer-revisions': json({ items: [], total: 0, page: 1, size: 20 }),
      'GET /api/v1/admin/association-access-requests': json({ items: [], total: 0, page: 1, size: 20 }),
      [`POST /api/v1/offers/${OFFER_ID}/reopen`]: json({ ...inReview, version: 3, status: 'draft' }, 201),
    });
    const user = userEvent.setup();
    renderReviewPage();

    await user.click(await screen.findByRole('button', { name: 'Afvis Strikkecafé' }));
    await user.click(screen.getByRole('button', { name: 'Afvis' }));
    const reason = screen.getByLabelText('Begrundelse');
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Skriv en begrundelse for afvisningen.'),
    );
    expect(reason).toHaveFocus();

    await user.type(reason, 'Mangler adresse.');
    await user.click(screen.getByRole('button', { name: 'Afvis' }));

    expect(
      await screen.findByText('"Strikkecafé" er afvist og sendt tilbage som kladde.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skriv begrundelsen til foreningen' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:strik@forening\.dk\?subject=.*&body=Mangler%20adresse\./),
    );
    const reopen = requests.find((request) => request.method === 'POST');
    expect(reopen?.headers.get('x-csrf-token')).toBe('token');
    expect(await reopen?.json()).toEqual({ version: 2, reason: 'Mangler adresse.' });
  });

  test("shows an association's correction beside the current values, and approves it", async () => {
    const REVISION_ID = '7e1d2a3b-3333-4000-8000-000000000004';
    const revision = {
      id: REVISION_ID,
      offerId: OFFER_ID,
      offerName: 'Strikkecafé',
      organizationId: 'o1',
      organizationName: 'Foreningen Fællesskab',
      baseVersion: 2,
      changes: { scheduleDescription: 'Tirsdage kl. 17.30' },
      status: 'pending',
      proposedBy: 'kasserer@faellesskab.dk',
      reason: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    const requests = answerApi({
      'GET /api/v1/me': editorSession(),
      'GET /api/v1/admin/offers': json({ items: [], total: 0, page: 1, size: 20 }),
      'GET /api/v1/admin/offer-suggestions': json({ items: [], total: 0, page: 1, size: 20 }),
      'GET /api/v1/admin/offer-revisions': json({ items: [revision], total: 1, page: 1, size: 20 }),
      [`GET /api/v1/admin/offer-revisions/${REVISION_ID}`]: json({
        ...revision,
        currentVersion: 2,
        differences: [
          { field: 'scheduleDescription', from: 'Mandage', to: 'Tirsdage kl. 17.30' },
          {
            field: 'schedules',
            from: [{ byday: ['TU'], opensAt: '17:30', closesAt: '19:30' }],
            to: [{ byday: ['TH'], opensAt: '18:00', closesAt: '20:15' }],
          },
        ],
      }),
      'GET /api/v1/admin/association-access-requests': json({ items: [], total: 0, page: 1, size: 20 }),
      [`POST /api/v1/admin/offer-revisions/${REVISION_ID}/approve`]: json({
        ...revision,
        status: 'approved',
      }),
    });
    const user = userEvent.setup();
    renderReviewPage();

    const row = (await screen.findByRole('rowheader', { name: 'Hvornår' })).closest('tr');
    expect(row).toHaveTextContent('Mandage');
    expect(row).toHaveTextContent('Tirsdage kl. 17.30');
    const times = (await screen.findByRole('rowheader', { name: 'Åbningstider' })).closest('tr');
    expect(times).toHaveTextContent('Tirsdag kl. 17.30–19.30');
    expect(times).toHaveTextContent('Torsdag kl. 18.00–20.15');
    expect(
      screen.getByText('Foreslået af kasserer@faellesskab.dk for Foreningen Fællesskab'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Godkend rettelsen af Strikkecafé' }));

    expect(
      await screen.findByText('Rettelsen af "Strikkecafé" er godkendt og vises nu.'),
    ).toBeInTheDocument();
    const approve = requests.find((request) => request.method === 'POST');
    expect(approve?.url).toContain(`/api/v1/admin/offer-revisions/${REVISION_ID}/approve`);
    expect(approve?.headers.get('x-csrf-token')).toBe('token');
  });

  test('invites someone who asked for access to an association', async () => {
    const REQUEST_ID = '8f2e3b4c-4444-4000-8000-000000000005';
    const request = {
      id: REQUEST_ID,
      organizationId: 'o1',
      organizationName: 'Foreningen Fællesskab',
      name: 'Lone Larsen',
      email: 'lone@faellesskab.dk',
      message: 'Jeg er ny kasserer.',
      status: 'pending',
      reason: null,
      decidedAt: null,
      createdAt: '2026-12-01T10:00:00.000Z',
    };
    const empty = json({ items: [], total: 0, page: 1, size: 20 });
    const requests = answerApi({
      'GET /api/v1/me': editorSession(),
      'GET /api/v1/admin/offers': empty,
      'GET /api/v1/admin/offer-suggestions': empty,
      'GET /api/v1/admin/offer-revisions': empty,
      'GET /api/v1/admin/association-access-requests': json({
        items: [request],
        total: 1,
        page: 1,
        size: 20,
      }),
      [`POST /api/v1/admin/association-access-requests/${REQUEST_ID}/approve`]: json({
        ...request,
        status: 'approved',
      }),
    });
    const user = userEvent.setup();
    renderReviewPage();

    expect(
      await screen.findByRole('heading', { name: 'Lone Larsen fra Foreningen Fællesskab' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Jeg er ny kasserer.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Inviter Lone Larsen' }));
    expect(
      await screen.findByText(
        'Lone Larsen er inviteret og får en e-mail på lone@faellesskab.dk med et link.',
      ),
    ).toBeInTheDocument();
    expect(
      requests.some((sent) => sent.method === 'POST' && sent.url.endsWith(`/${REQUEST_ID}/approve`)),
    ).toBe(true);
  });
});
