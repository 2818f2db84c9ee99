import { screen, within } from '@testing-library/react';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import type { PublicTenant } from '../tenant/tenant';
import { StartPage } from './start-page';

const theme = { primaryColor: '#5c2d91', primaryTextColor: '#ffffff' };
const term = (code: string, name: string, count: number) => ({
  id: code,
  code,
  name,
  count,
  selected: false,
});

/** The catalogue's overview as the host's search counts it: here its members', not its own. */
function answerOverview(me: unknown = { authenticated: false }) {
  return answerApi({
    'GET /api/v1/offers': json({
      total: 25,
      page: 1,
      size: 1,
      origin: null,
      items: [],
      facets: {
        challenge: [term('angst', 'Angst', 14), term('ensomhed', 'Ensomhed', 11), term('sorg', 'Sorg', 0)],
        target_group: [],
        activity: [],
        age_group: [],
        district: [],
        municipality: [term('aarhus', 'Aarhus Kommune', 20), term('silkeborg', 'Silkeborg Kommune', 5)],
        region: [term('midtjylland', 'Region Midtjylland', 25)],
      },
      didYouMean: [],
    }),
    'GET /api/v1/network/tenants': json({
      items: [
        {
          slug: 'midtjylland',
          name: 'Region Midtjylland',
          kind: 'region',
          url: 'http://midtjylland.localhost:3000',
          region: null,
        },
        {
          slug: 'silkeborg',
          name: 'Silkeborg Kommune',
          kind: 'municipality',
          url: 'http://silkeborg.localhost:3000',
          region: { slug: 'midtjylland', name: 'Region Midtjylland' },
        },
        {
          slug: 'odense',
          name: 'Odense Kommune',
          kind: 'municipality',
          url: 'http://odense.localhost:3000',
          region: null,
        },
      ],
    }),
    'GET /api/v1/me': json(me),
  });
}

describe('the start page', () => {
  it('asks staff to log in, and tells a logged-in one they are instead', async () => {
    answerOverview();
    const { unmount } = renderPage(<StartPage />);
    expect(await screen.findByText(/Log ind for at samle tilbud/)).toBeInTheDocument();
    unmount();
    answerOverview({
      authenticated: true,
      user: { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'Lise Holm', email: 'lise@aarhus.dk' },
      role: 'staff',
      csrfToken: 'token',
    });
    renderPage(<StartPage />);
    expect(await screen.findByText('Du er logget ind som medarbejder.')).toBeInTheDocument();
    expect(screen.queryByText(/Log ind for at samle tilbud/)).not.toBeInTheDocument();
  });

  it('shows a region the tiles counted across its members, and its municipalities’ own sites', async () => {
    answerOverview();
    const region: PublicTenant = { slug: 'midtjylland', name: 'Region Midtjylland', kind: 'region', theme };
    renderPage(<StartPage />, { tenant: region });
    expect(screen.getByRole('heading', { level: 1, name: 'Region Midtjylland' })).toBeInTheDocument();
    const tiles = await screen.findByRole('region', { name: 'Find tilbud efter udfordring' });
    expect(within(tiles).getByRole('link', { name: /Angst\s*14 tilbud/ })).toHaveAttribute(
      'href',
      '/sog?challenge=angst',
    );
    expect(within(tiles).queryByRole('link', { name: /Sorg/ })).not.toBeInTheDocument();
    const members = await screen.findByRole('region', { name: 'Kommunerne i Region Midtjylland' });
    expect(within(members).getByRole('link', { name: 'Silkeborg Kommune' })).toHaveAttribute(
      'href',
      'http://silkeborg.localhost:3000',
    );
    expect(within(members).queryByRole('link', { name: 'Odense Kommune' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Find din kommune' })).not.toBeInTheDocument();
  });

  it('says the national portal searches all of Denmark, with the way to "Find din kommune"', async () => {
    answerOverview();
    renderPage(<StartPage />, { tenant: { slug: 'danmark', name: 'Hele landet', kind: 'national', theme } });
    expect(screen.getByText(/i hele Danmark/)).toBeInTheDocument();
    const find = screen.getByRole('region', { name: 'Find din kommune' });
    expect(within(find).getByRole('link', { name: 'Find din kommune' })).toHaveAttribute('href', '/kommuner');
    await screen.findByRole('link', { name: /Ensomhed\s*11 tilbud/ });
  });
});
