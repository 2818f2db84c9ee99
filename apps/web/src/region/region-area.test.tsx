import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { offerView } from '../test-support/offer-view';
import { renderPage, TEST_TENANT } from '../test-support/render-page';
import type { RegionOffer, RegionOfferPage } from './region-api';
import RegionArea from './region-area';

const REGION = { ...TEST_TENANT, slug: 'midtjylland', name: 'Region Midtjylland', kind: 'region' as const };

const session = (role: string) => ({
  authenticated: true,
  user: { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'Lise Holm', email: 'lise@rm.dk' },
  role,
  csrfToken: 'token',
});

const municipalities = json({
  items: [
    { slug: 'aarhus', name: 'Aarhus Kommune' },
    { slug: 'randers', name: 'Randers Kommune' },
  ],
});

const offer: RegionOffer = offerView({
  id: '3f1d7c2a-5b6e-4a8f-9c0d-1e2f3a4b5c6d',
  version: 4,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-09-10T09:00:00.000Z',
  organizationId: '9a8b7c6d-0000-4000-8000-000000000001',
  status: 'in_review',
  name: 'Samtalegruppe for unge med angst',
  summary: 'En fast gruppe for unge, der vil tale om angst.',
  description: 'Vi mødes hver uge og taler om det, der fylder.',
  scheduleDescription: 'Hver tirsdag, undtagen i skoleferier.',
  assuredDate: '2026-09-01',
  publishedAt: null,
  organization: {
    id: '9a8b7c6d-0000-4000-8000-000000000001',
    name: 'Ung i Aarhus',
    status: 'published',
    email: 'kontakt@ungiaarhus.dk',
    website: null,
    phone: '86 12 34 56',
  },
  locations: [
    {
      id: '1b2c3d4e-0000-4000-8000-000000000001',
      name: 'Frivilligcenter Aarhus',
      address1: 'Klostergade 37',
      postalCode: '8000',
      city: 'Aarhus C',
      needsCheck: false,
      latitude: null,
      longitude: null,
      accessibility: '',
      transportation: '',
    },
  ],
  contacts: [
    {
      id: '2c3d4e5f-0000-4000-8000-000000000001',
      name: 'Mette Jensen',
      title: 'Frivilligkoordinator',
      email: 'mette@ungiaarhus.dk',
      phone: null,
    },
  ],
  terms: { challenge: [{ id: '4d5e6f70-0000-4000-8000-000000000001', code: 'angst', name: 'Angst' }] },
});

const offers: RegionOfferPage = { items: [offer], total: 41, page: 1, size: 20 };

function renderArea(path: string) {
  return renderPage(
    <Routes>
      <Route path="region/*" element={<RegionArea />} />
    </Routes>,
    { path, tenant: REGION },
  );
}

describe('the region area', () => {
  test('shows a coordinator the region’s municipalities, each a link to its offers', async () => {
    answerApi({
      'GET /api/v1/me': json(session('regional_coordinator')),
      'GET /api/v1/region/municipalities': municipalities,
      'GET /api/v1/region/municipalities/aarhus/offers': json(offers),
    });
    renderArea('/region');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kommunerne i Region Midtjylland' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Kommunerne i Region Midtjylland – Region Midtjylland – Socialkompas');
    const aarhus = await screen.findByRole('link', { name: 'Aarhus Kommune' });
    expect(aarhus).toHaveAttribute('href', '/region/aarhus');
    expect(screen.getByRole('link', { name: 'Randers Kommune' })).toHaveAttribute('href', '/region/randers');

    await userEvent.setup().click(aarhus);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tilbud i Aarhus Kommune' }),
    ).toBeInTheDocument();
  });

  test('lists a municipality’s offers with the filters and page of the address', async () => {
    const requests = answerApi({
      'GET /api/v1/me': json(session('regional_coordinator')),
      'GET /api/v1/region/municipalities': municipalities,
      'GET /api/v1/region/municipalities/aarhus/offers': json({ ...offers, page: 2 }),
    });
    renderArea('/region/aarhus?status=in_review&q=angst&page=2');

    const table = await screen.findByRole('table', { name: 'Tilbud i Aarhus Kommune' });
    const row = within(table).getByRole('rowheader', { name: offer.name }).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: offer.name })).toHaveAttribute(
      'href',
      `/region/aarhus/${offer.id}`,
    );
    expect(within(row).getByRole('cell', { name: 'Til godkendelse' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'Ung i Aarhus' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: '1. september 2026' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('41 tilbud');
    expect(screen.getByRole('searchbox', { name: 'Navn indeholder' })).toHaveValue('angst');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('in_review');
    expect(screen.getByRole('navigation', { name: 'Sider med tilbud' })).toHaveTextContent('Side 2 af 3');
    expect(screen.getByRole('link', { name: 'Forrige side' })).toHaveAttribute(
      'href',
      '/region/aarhus?status=in_review&q=angst',
    );

    const list = requests.find((request) => request.url.includes('/aarhus/offers'));
    const query = new URL(list?.url ?? '').searchParams;
    expect(Object.fromEntries(query)).toEqual({ q: 'angst', status: 'in_review', page: '2', size: '20' });
  });

  test('shows one offer read-only with what a coordinator needs to know', async () => {
    answerApi({
      'GET /api/v1/me': json(session('tenant_admin')),
      'GET /api/v1/region/municipalities': municipalities,
      [`GET /api/v1/region/municipalities/aarhus/offers/${offer.id}`]: json(offer),
    });
    renderArea(`/region/aarhus/${offer.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: offer.name })).toBeInTheDocument();
    expect(screen.getByText('Til godkendelse')).toBeInTheDocument();
    expect(screen.getByText('1. september 2026')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'For hvem' })).toBeInTheDocument();
    expect(screen.getByText('15–25 år')).toBeInTheDocument();
    expect(screen.getByText('Hver tirsdag, undtagen i skoleferier.')).toBeInTheDocument();
    expect(screen.getByText('Frivilligcenter Aarhus, Klostergade 37, 8000 Aarhus C')).toBeInTheDocument();
    expect(screen.getByText('Emner:').parentElement).toHaveTextContent('Emner: Angst');
    expect(screen.getByText('Mette Jensen, Frivilligkoordinator')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skriv til mette@ungiaarhus.dk' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ring til 86 12 34 56' })).toHaveAttribute(
      'href',
      'tel:86123456',
    );
    expect(
      await screen.findByRole('link', { name: 'Tilbage til tilbuddene i Aarhus Kommune' }),
    ).toHaveAttribute('href', '/region/aarhus');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  test('shows the API’s refusal of a municipality outside the region', async () => {
    answerApi({
      'GET /api/v1/me': json(session('regional_coordinator')),
      'GET /api/v1/region/municipalities': municipalities,
      'GET /api/v1/region/municipalities/odense/offers': problem(404, {
        title: 'Ikke fundet',
        detail: 'odense er ikke en kommune i Region Midtjylland.',
      }),
    });
    renderArea('/region/odense');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'odense er ikke en kommune i Region Midtjylland.',
    );
  });

  test('tells other staff the pages are for the region’s coordinators', async () => {
    const requests = answerApi({ 'GET /api/v1/me': json(session('staff')) });
    renderArea('/region');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Siden er for regionens koordinatorer og administratorer.',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Du har ikke adgang til siden' }),
    ).toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/region/'))).toBe(false);
  });
});
