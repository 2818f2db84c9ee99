import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
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
};

const hit = {
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

function CurrentUrl() {
  const location = useLocation();
  return <output data-testid="url">{location.pathname + location.search}</output>;
}

function renderSearch(url: string) {
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
    { path: url },
  );
}

describe('the search page', () => {
  it('sends the URL’s search to the API and lists the answer with counts per filter', async () => {
    const requests = answerApi({
      'GET /api/v1/offers': json({
        total: 1,
        page: 1,
        size: 20,
        origin: null,
        items: [hit],
        facets,
        didYouMean: [],
      }),
      'GET /api/v1/me': json({ authenticated: false }),
    });
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
    answerApi({
      'GET /api/v1/offers': json({
        total: 2,
        page: 1,
        size: 20,
        origin: null,
        items: [hit, paid],
        facets,
        didYouMean: [],
      }),
      'GET /api/v1/me': json({ authenticated: false }),
    });
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
    answerApi({
      'GET /api/v1/offers': json({
        total: 1,
        page: 1,
        size: 20,
        origin: null,
        items: [hit],
        facets,
        didYouMean: [],
      }),
      'GET /api/v1/me': json({ authenticated: false }),
    });
    renderSearch('/sog?challenge=angst');
    await userEvent.click(await screen.findByRole('checkbox', { name: /Viby J/ }));
    expect(screen.getByTestId('url')).toHaveTextContent('/sog?challenge=angst&district=viby');

    const chips = screen.getByRole('list', { name: 'Valgte filtre' });
    await userEvent.click(within(chips).getByRole('button', { name: 'Fjern filter: Angst' }));
    expect(screen.getByTestId('url')).toHaveTextContent('/sog?district=viby');
  });

  it('offers the API’s spelling and each filter to drop when nothing matches', async () => {
    answerApi({
      'GET /api/v1/offers': json({
        total: 0,
        page: 1,
        size: 20,
        origin: null,
        items: [],
        facets,
        didYouMean: ['angst'],
      }),
      'GET /api/v1/me': json({ authenticated: false }),
    });
    renderSearch('/sog?q=angts&free=true');
    expect(
      await screen.findByRole('heading', { name: 'Ingen tilbud matcher din søgning' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'angst' })).toHaveAttribute('href', '/sog?q=angst&free=true');
    expect(screen.getByRole('link', { name: 'Fjern "Gratis"' })).toHaveAttribute('href', '/sog?q=angts');
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
});
