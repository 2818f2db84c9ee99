import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { FindMunicipalityPage } from './find-municipality-page';

const site = (
  slug: string,
  name: string,
  kind: string,
  region: { slug: string; name: string } | null = null,
) => ({
  slug,
  name,
  kind,
  url: `http://${slug}.localhost:3000`,
  region,
});
const MIDTJYLLAND = { slug: 'midtjylland', name: 'Region Midtjylland' };
const NORDJYLLAND = { slug: 'nordjylland', name: 'Region Nordjylland' };

function renderDirectory() {
  answerApi({
    'GET /api/v1/network/tenants': json({
      items: [
        site('silkeborg', 'Silkeborg Kommune', 'municipality', MIDTJYLLAND),
        site('danmark', 'Hele landet', 'national'),
        site('aalborg', 'Aalborg Kommune', 'municipality', NORDJYLLAND),
        site('midtjylland', 'Region Midtjylland', 'region'),
        site('aarhus', 'Aarhus Kommune', 'municipality', MIDTJYLLAND),
        site('bornholm', 'Bornholms Regionskommune', 'municipality'),
      ],
    }),
    'GET /api/v1/me': json({ authenticated: false }),
  });
  renderPage(<FindMunicipalityPage />, { path: '/kommuner' });
}

describe('"Find din kommune"', () => {
  it('lists the municipalities by region, by name, each with a link to its own address', async () => {
    renderDirectory();
    const midt = await screen.findByRole('region', { name: 'Region Midtjylland' });
    expect(within(midt).getByRole('link', { name: 'Søg i hele Region Midtjylland' })).toHaveAttribute(
      'href',
      'http://midtjylland.localhost:3000',
    );
    const links = within(within(midt).getByRole('list')).getAllByRole('link');
    // In Danish order: "Aa" is "Å", the alphabet's last letter.
    expect(links.map((link) => link.textContent)).toEqual(['Silkeborg Kommune', 'Aarhus Kommune']);
    expect(links[1]).toHaveAttribute('href', 'http://aarhus.localhost:3000');
    expect(midt).toHaveTextContent('aarhus.localhost:3000');
    // A member keeps its region's heading even when the region's own portal is not listed.
    const nord = screen.getByRole('region', { name: 'Region Nordjylland' });
    expect(within(nord).queryByRole('link', { name: /Søg i hele/ })).not.toBeInTheDocument();
    expect(within(nord).getByRole('link', { name: 'Aalborg Kommune' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Region Midtjylland', 'Region Nordjylland', 'Andre kommuner']);
    expect(screen.getByRole('status')).toHaveTextContent('4 kommuner');
    expect(screen.getByRole('link', { name: 'Søg i tilbud fra hele landet' })).toHaveAttribute(
      'href',
      'http://danmark.localhost:3000/sog',
    );
  });

  it('narrows the list as the name is typed, and says when nothing matches', async () => {
    renderDirectory();
    const field = await screen.findByRole('searchbox', { name: 'Skriv navnet på din kommune' });
    await userEvent.type(field, 'silke');
    expect(screen.getByRole('status')).toHaveTextContent('1 kommune');
    expect(screen.getByRole('link', { name: 'Silkeborg Kommune' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Aarhus Kommune' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Region Nordjylland' })).not.toBeInTheDocument();

    await userEvent.clear(field);
    await userEvent.type(field, 'xyz');
    expect(screen.getByRole('status')).toHaveTextContent('Ingen kommune eller region har "xyz" i navnet.');
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
  });
});
