import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { answerApi, json } from '../test-support/fetch-stub';
import { HOST_OFFER_TENANT } from '../test-support/offer-view';
import { renderPage } from '../test-support/render-page';
import type { PublicTenant } from '../tenant/tenant';
import { SearchPage } from './search-page';

const term = (code: string, name: string, count: number, selected = false) => ({
  id: code,
  code,
  name,
  count,
  selected,
});

const facets = {
  challenge: [term('angst', 'Angst', 3, true), term('ensomhed', 'Ensomhed', 0)],
  target_group: [term('unge', 'Unge', 2)],
  activity: [],
  age_group: [],
  district: [term('viby', 'Viby J', 1)],
  municipality: [],
  region: [],
};

const hit = {
  tenant: HOST_OFFER_TENANT,
  national: false,
  id: '3780dc3a-1fb1-4fd7-8102-98bbb5a79fc3',
  name: 'Angstgruppe for unge',
  summary: 'Selvhjælpsgruppe for unge med angst.',
  snippet: '',
  isFree: true,
  feeAmount: null,
  feesDescription: '',
  scheduleDescription: '',
  schedules: [
    {
      byday: ['TU', 'TH'],
      opensAt: '17:30',
      closesAt: '19:00',
      validFrom: null,
      validTo: null,
      description: '',
    },
  ],
  attendingTypes: ['in_person'],
  minimumAge: 15,
  maximumAge: 25,
  organization: { id: 'o1', name: 'Angstforeningen' },
  locations: [
    {
      name: 'Sundhedshuset',
      address1: 'Parkvej 5',
      postalCode: '8000',
      city: 'Aarhus C',
      latitude: null,
      longitude: null,
    },
  ],
  distanceKm: null,
  terms: {},
};

/** Answers the page's search with `result` (total and paging filled in) and no session. */
function answerSearch(result: { items: unknown[]; facets?: unknown; didYouMean?: string[]; total?: number }) {
  return answerApi({
    'GET /api/v1/offers': json({
      total: result.items.length,
      page: 1,
      size: 20,
      origin: null,
      facets,
      didYouMean: [],
      ...result,
    }),
    'GET /api/v1/me': json({ authenticated: false }),
  });
}

function CurrentUrl() {
  const location = useLocation();
  return <output data-testid="url">{location.pathname + location.search}</output>;
}

function renderSearch(url: string, tenant?: PublicTenant) {
  return renderPage(
    <Routes>
      <Route
        path="/sog"
        element={
          <>
            <SearchPage />
            <CurrentUrl />
          </>
        }
      />
    </Routes>,
    { path: url, tenant },
  );
}

/** The query of the last search the page sent. */
function lastSearch(requests: Request[]): URLSearchParams {
  const searches = requests.filter((request) => new URL(request.url).pathname === '/api/v1/offers');
  return new URL(searches.at(-1)?.url ?? 'http://localhost').searchParams;
}

const theme = { primaryColor: '#5c2d91', primaryTextColor: '#ffffff' };
const MIDTJYLLAND: PublicTenant = { slug: 'midtjylland', name: 'Region Midtjylland', kind: 'region', theme };
const DANMARK: PublicTenant = { slug: 'danmark', name: 'Hele landet', kind: 'national', theme };

const SILKEBORG = {
  slug: 'silkeborg',
  name: 'Silkeborg Kommune',
  kind: 'municipality' as const,
  url: 'http://silkeborg.localhost:3000',
};
const NATIONAL = {
  slug: 'danmark',
  name: 'Hele landet',
  kind: 'national' as const,
  url: 'http://localhost:3000',
};

/** One hit each from Aarhus, Silkeborg and the nation, with counts by municipality and region. */
function answerAcrossTenants() {
  return answerSearch({
    items: [
      hit,
      {
        ...hit,
        id: 'b8e3c3a2-7d5c-4a57-9d55-4c1e0c7c1a01',
        name: 'Ensomhed i Silkeborg',
        tenant: SILKEBORG,
      },
      {
        ...hit,
        id: 'c1f6a2b4-2c4d-4b8e-8f1a-6d2e9b3c4a02',
        name: 'Angstlinjen',
        tenant: NATIONAL,
        national: true,
      },
    ],
    facets: {
      ...facets,
      municipality: [
        term('aarhus', 'Aarhus Kommune', 12),
        term('silkeborg', 'Silkeborg Kommune', 5),
        term('danmark', 'Landsdækkende', 2),
      ],
      region: [term('midtjylland', 'Region Midtjylland', 17), term('nordjylland', 'Region Nordjylland', 4)],
    },
  });
}

describe('the search page', () => {
  it('sends the URL’s search to the API and lists the answer with counts per filter', async () => {
    const requests = answerSearch({ items: [hit] });
    renderSearch('/sog?challenge=angst&age=15');

    expect(await screen.findByRole('link', { name: 'Angstgruppe for unge' })).toHaveAttribute(
      'href',
      `/tilbud/${hit.id}`,
    );
    expect(screen.getByText('1 tilbud fundet')).toBeInTheDocument();
    const searchRequest = requests.find((request) => request.url.includes('/api/v1/offers'));
    const search = new URL(searchRequest?.url ?? 'http://localhost').searchParams;
    expect(search.get('challenge')).toBe('angst');
    expect(search.get('age')).toBe('15');
    // A term that would give nothing is no choice.
    expect(screen.queryByRole('checkbox', { name: /Ensomhed/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Angst/ })).toBeChecked();
  });

  it('shows each result’s price and opening times, the time as "17.30"', async () => {
    const paid = {
      ...hit,
      id: '82795052-10ed-4283-8979-087e623b36e5',
      name: 'Rådgivning for voksne',
      isFree: false,
      feeAmount: 150,
      feesDescription: 'pr. samtale',
    };
    answerSearch({ items: [hit, paid] });
    renderSearch('/sog?q=angst');

    const free = (await screen.findByRole('link', { name: 'Angstgruppe for unge' })).closest('article');
    expect(free).toHaveTextContent('Tirsdag, Torsdag kl. 17.30–19.00');
    expect(within(free as HTMLElement).getByRole('list', { name: hit.name })).toHaveTextContent('Gratis');
    const card = screen
      .getByRole('link', { name: 'Rådgivning for voksne' })
      .closest('article') as HTMLElement;
    expect(within(card).getByRole('list', { name: paid.name })).toHaveTextContent('150 kr. – pr. samtale');
  });

  it('puts a chosen filter in the URL and removes it from the chips', async () => {
    answerSearch({ items: [hit] });
    renderSearch('/sog?challenge=angst');
    await userEvent.click(await screen.findByRole('checkbox', { name: /Viby J/ }));
    expect(screen.getByTestId('url')).toHaveTextContent('/sog?challenge=angst&district=viby');

    const chips = screen.getByRole('list', { name: 'Valgte filtre' });
    await userEvent.click(within(chips).getByRole('button', { name: 'Fjern filter: Angst' }));
    expect(screen.getByTestId('url')).toHaveTextContent('/sog?district=viby');
  });

  it('offers the API’s spelling and each filter to drop when nothing matches', async () => {
    answerSearch({ items: [], didYouMean: ['angst'], total: 0 });
    renderSearch('/sog?q=angts&free=true');
    expect(
      await screen.findByRole('heading', { name: 'Ingen tilbud matcher din søgning' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'angst' })).toHaveAttribute('href', '/sog?q=angst&free=true');
    expect(screen.getByRole('link', { name: 'Fjern Gratis' })).toHaveAttribute('href', '/sog?q=angts');
    // The text is quoted once, as in its chip.
    expect(screen.getByRole('link', { name: 'Fjern "angts"' })).toHaveAttribute('href', '/sog?free=true');
    expect(screen.getByRole('link', { name: 'Se alle tilbud' })).toHaveAttribute('href', '/sog');
  });

  it('shows the API’s refusal of a hand-edited URL, naming the field, with a way to start over', async () => {
    answerApi({
      'GET /api/v1/offers': json(
        {
          title: 'Ugyldige oplysninger',
          status: 400,
          detail: 'age skal være en alder som 15 eller et interval som 13-17.',
        },
        400,
      ),
      'GET /api/v1/me': json({ authenticated: false }),
    });
    renderSearch('/sog?age=gammel');
    expect(await screen.findByRole('alert')).toHaveTextContent('age skal være en alder');
    expect(screen.getByRole('link', { name: 'Start forfra' })).toHaveAttribute('href', '/sog');
  });

  it('names each result’s municipality on a region’s host, and marks national offers', async () => {
    answerAcrossTenants();
    renderSearch('/sog?q=angst', MIDTJYLLAND);
    const aarhus = (await screen.findByRole('link', { name: 'Angstgruppe for unge' })).closest('article');
    expect(aarhus).toHaveTextContent('Aarhus Kommune');
    const silkeborg = screen.getByRole('link', { name: 'Ensomhed i Silkeborg' }).closest('article');
    expect(silkeborg).toHaveTextContent('Silkeborg Kommune');
    const national = screen.getByRole('link', { name: 'Angstlinjen' }).closest('article') as HTMLElement;
    expect(within(national).getByText('Landsdækkende')).toHaveClass('origin--national');
  });

  it('narrows by municipality, with counts, in the URL and the API’s query, and as a chip', async () => {
    const requests = answerAcrossTenants();
    renderSearch('/sog?q=angst', MIDTJYLLAND);
    const municipalities = await screen.findByRole('group', { name: 'Kommune' });
    expect(
      within(municipalities)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['Aarhus Kommune (12)', 'Silkeborg Kommune (5)', 'Landsdækkende (2)']);
    await userEvent.click(within(municipalities).getByRole('checkbox', { name: /Silkeborg/ }));
    expect(screen.getByTestId('url')).toHaveTextContent('/sog?q=angst&municipality=silkeborg');
    const query = lastSearch(requests);
    expect(query.get('municipality')).toBe('silkeborg');
    await screen.findByRole('button', { name: 'Fjern filter: Silkeborg Kommune' });
  });

  it('offers the region facet on the national host and sends several as one list', async () => {
    const requests = answerAcrossTenants();
    renderSearch('/sog?region=midtjylland,nordjylland', DANMARK);
    const regions = await screen.findByRole('group', { name: 'Region' });
    expect(within(regions).getByRole('checkbox', { name: /Region Nordjylland/ })).toBeChecked();
    const query = lastSearch(requests);
    expect(query.get('region')).toBe('midtjylland,nordjylland');
    expect(screen.getByRole('button', { name: 'Filtre (2)' })).toBeInTheDocument();
  });

  it('shows no municipality facet nor names when all results are the host’s own', async () => {
    answerSearch({
      items: [hit],
      facets: { ...facets, municipality: [term('aarhus', 'Aarhus Kommune', 1)] },
    });
    renderSearch('/sog?q=angst');
    const card = (await screen.findByRole('link', { name: 'Angstgruppe for unge' })).closest('article');
    expect(card).not.toHaveTextContent('Aarhus Kommune');
    expect(screen.queryByRole('group', { name: 'Kommune' })).not.toBeInTheDocument();
  });
});
