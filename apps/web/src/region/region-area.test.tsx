import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { offerView } from '../test-support/offer-view';
import { renderPage, TEST_TENANT } from '../test-support/render-page';
import type { RegionalSearchResult, RegionalStatistics, RegionOffer } from './region-api';
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

const AARHUS = {
  slug: 'aarhus',
  name: 'Aarhus Kommune',
  kind: 'municipality' as const,
  url: 'http://aarhus.localhost:3000',
};

const term = (code: string, name: string, count: number, selected = false) => ({
  id: code,
  code,
  name,
  count,
  selected,
});

const hit: RegionalSearchResult['items'][number] = {
  tenant: AARHUS,
  national: false,
  status: 'draft',
  id: offer.id,
  name: offer.name,
  summary: offer.summary,
  snippet: '',
  isFree: true,
  feeAmount: null,
  feesDescription: '',
  scheduleDescription: '',
  schedules: [],
  attendingTypes: ['in_person'],
  languages: ['da'],
  minimumAge: 15,
  maximumAge: 25,
  referralRequired: false,
  anonymous: false,
  assuredDate: null,
  publishedAt: null,
  organization: { id: offer.organizationId, name: 'Ung i Aarhus' },
  locations: [
    {
      name: 'Frivilligcenter',
      address1: 'Klostergade 37',
      postalCode: '8000',
      city: 'Aarhus C',
      latitude: 56.16,
      longitude: 10.2,
    },
  ],
  distanceKm: 2.5,
  terms: {},
};

const searchResult = (overrides: Partial<RegionalSearchResult> = {}): RegionalSearchResult => ({
  total: 7,
  page: 1,
  size: 20,
  origin: null,
  items: [hit],
  facets: {
    challenge: [term('angst', 'Angst', 4)],
    target_group: [],
    activity: [],
    age_group: [],
    district: [],
    municipality: [term('aarhus', 'Aarhus Kommune', 5), term('randers', 'Randers Kommune', 2)],
    region: [],
    status: [term('draft', 'Kladde', 3), term('published', 'Offentliggjort', 4)],
  },
  didYouMean: [],
  ...overrides,
});

const statistics: RegionalStatistics = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
  searches: 120,
  zeroResultSearches: 9,
  municipalities: [
    { slug: 'aarhus', name: 'Aarhus Kommune', searches: 80, zeroResultSearches: 6 },
    { slug: 'randers', name: 'Randers Kommune', searches: 40, zeroResultSearches: 3 },
  ],
  zeroResultQueries: [
    {
      query: 'lektiehjælp',
      searches: 5,
      lastSearchedAt: '2026-11-28T10:00:00.000Z',
      municipalities: [
        { slug: 'aarhus', name: 'Aarhus Kommune', searches: 3 },
        { slug: 'randers', name: 'Randers Kommune', searches: 2 },
      ],
    },
  ],
  topChallenges: [
    {
      code: 'ensomhed',
      name: 'Ensomhed',
      searches: 12,
      municipalities: [{ slug: 'aarhus', name: 'Aarhus Kommune', searches: 12 }],
    },
  ],
};

function CurrentUrl() {
  const location = useLocation();
  return <output data-testid="url">{location.pathname + location.search}</output>;
}

function renderArea(path: string) {
  return renderPage(
    <>
      <Routes>
        <Route path="region/*" element={<RegionArea />} />
      </Routes>
      <CurrentUrl />
    </>,
    { path, tenant: REGION },
  );
}

const searchRequests = (requests: Request[]) =>
  requests.filter((request) => new URL(request.url).pathname === '/api/v1/region/search');

describe('the region area', () => {
  test('searches across the municipalities in every status, read-only, with municipality and status facets', async () => {
    const requests = answerApi({
      'GET /api/v1/me': json(session('regional_coordinator')),
      'GET /api/v1/region/search': json(searchResult()),
    });
    renderArea('/region?q=angst');

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Søg i tilbuddene i Region Midtjylland',
    });
    expect(heading).toBeInTheDocument();
    expect(document.title).toBe('Søg i tilbuddene i Region Midtjylland – Region Midtjylland – Socialkompas');
    expect(await screen.findByText('7 tilbud fundet')).toHaveAttribute('role', 'status');
    const card = screen.getByRole('article');
    expect(within(card).getByRole('link', { name: offer.name })).toHaveAttribute(
      'href',
      `/region/aarhus/${offer.id}`,
    );
    expect(within(card).getByText('Aarhus Kommune')).toBeInTheDocument();
    expect(within(card).getByText('Kladde')).toBeInTheDocument();
    expect(within(card).getByText('2,5 km væk')).toBeInTheDocument();
    // Read-only: nothing to change, and no citizen's list to add to.
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();

    const municipality = screen.getByRole('group', { name: 'Kommune' });
    expect(within(municipality).getByRole('checkbox', { name: 'Randers Kommune (2)' })).not.toBeChecked();
    const status = screen.getByRole('group', { name: 'Status' });
    await userEvent.setup().click(within(status).getByRole('checkbox', { name: 'Kladde (3)' }));
    expect(screen.getByTestId('url')).toHaveTextContent('/region?q=angst&status=draft');
    const [first, ...later] = searchRequests(requests);
    expect(Object.fromEntries(new URL(first.url).searchParams)).toEqual({ q: 'angst' });
    expect(new URL(later[later.length - 1].url).searchParams.get('status')).toBe('draft');
  });

  test('goes back from an offer to the search it was opened from, words and filters kept', async () => {
    answerApi({
      'GET /api/v1/me': json(session('regional_coordinator')),
      'GET /api/v1/region/search': json(searchResult()),
      'GET /api/v1/region/municipalities': municipalities,
      [`GET /api/v1/region/municipalities/aarhus/offers/${offer.id}`]: json(offer),
    });
    renderArea('/region?q=angst&status=draft');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: offer.name }));
    expect(await screen.findByRole('heading', { level: 1, name: offer.name })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Tilbage til søgningen' }));
    expect(screen.getByTestId('url')).toHaveTextContent('/region?q=angst&status=draft');
  });

  test('asks the region’s search for every filter of the address, the place and distance included', async () => {
    const requests = answerApi({
      'GET /api/v1/me': json(session('tenant_admin')),
      'GET /api/v1/region/search': json(searchResult({ origin: { latitude: 56.15, longitude: 10.2 } })),
    });
    renderArea(
      '/region?municipality=aarhus,randers&status=draft,in_review&postcode=8000&radius_km=10&sort=distance&challenge=angst',
    );

    expect(await screen.findByRole('article')).toBeInTheDocument();
    const query = new URL(searchRequests(requests)[0].url).searchParams;
    expect(query.getAll('municipality').join(',')).toBe('aarhus,randers');
    expect(query.getAll('status').join(',')).toBe('draft,in_review');
    expect(
      Object.fromEntries([...query].filter(([key]) => !['municipality', 'status'].includes(key))),
    ).toEqual({
      postcode: '8000',
      radius_km: '10',
      sort: 'distance',
      challenge: 'angst',
    });
    expect(screen.getByRole('combobox', { name: 'Afstand' })).toHaveValue('10');
    expect(screen.getByRole('button', { name: /Fjern filter: Kladde/ })).toBeInTheDocument();
  });

  test('shows the region’s search statistics, each row split by municipality', async () => {
    const requests = answerApi({
      'GET /api/v1/me': json(session('regional_coordinator')),
      'GET /api/v1/region/statistics': json(statistics),
    });
    renderArea('/region/statistik?from=2026-11-01&to=2026-11-30');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Søgestatistik for Region Midtjylland' }),
    ).toBeInTheDocument();
    const zero = await screen.findByRole('table', { name: /Søgeord uden resultater for teksten/ });
    const row = within(zero).getByRole('rowheader', { name: 'lektiehjælp' }).closest('tr') as HTMLElement;
    expect(
      within(row).getByRole('cell', { name: 'Aarhus Kommune 3, Randers Kommune 2' }),
    ).toBeInTheDocument();
    const challenges = screen.getByRole('table', { name: /Udfordringer fordelt på kommuner/ });
    expect(within(challenges).getByRole('rowheader', { name: 'Ensomhed' })).toBeInTheDocument();
    const perMunicipality = screen.getByRole('table', { name: 'Søgninger pr. kommune.' });
    expect(within(perMunicipality).getByRole('rowheader', { name: 'Randers Kommune' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Søgestatistik' })).toHaveAttribute('aria-current', 'page');
    const asked = requests.find((request) => request.url.includes('/region/statistics'));
    expect(Object.fromEntries(new URL(asked?.url ?? '').searchParams)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
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
    expect(screen.getByRole('link', { name: 'Tilbage til søgningen' })).toHaveAttribute('href', '/region');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  test('shows the API’s refusal of a municipality outside the region', async () => {
    answerApi({
      'GET /api/v1/me': json(session('regional_coordinator')),
      'GET /api/v1/region/municipalities': municipalities,
      [`GET /api/v1/region/municipalities/odense/offers/${offer.id}`]: problem(404, {
        title: 'Ikke fundet',
        detail: 'odense er ikke en kommune i Region Midtjylland.',
      }),
    });
    renderArea(`/region/odense/${offer.id}`);

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
