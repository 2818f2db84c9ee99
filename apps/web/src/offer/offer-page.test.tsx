import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { publicOffer } from '../test-support/offer-view';
import { renderPage, TEST_TENANT } from '../test-support/render-page';
import type { PublicTenant } from '../tenant/tenant';
import { OfferPage } from './offer-page';

const offer = publicOffer({
  isFree: false,
  feeAmount: 50,
  feesDescription: 'pr. gang',
  phone: '86 12 34 56',
  scheduleDescription: '',
  schedules: [
    {
      id: 's1',
      byday: ['TU'],
      opensAt: '17:30',
      closesAt: '19:00',
      validFrom: null,
      validTo: null,
      description: '',
    },
  ],
});

const MIDTJYLLAND: PublicTenant = {
  slug: 'midtjylland',
  name: 'Region Midtjylland',
  kind: 'region',
  theme: { primaryColor: '#5c2d91', primaryTextColor: '#ffffff' },
};

function renderOffer(shown = offer, host = TEST_TENANT) {
  answerApi({
    [`GET /api/v1/offers/${shown.id}`]: json(shown),
    'GET /api/v1/me': json({ authenticated: false }),
  });
  renderPage(
    <Routes>
      <Route path="/tilbud/:id" element={<OfferPage />} />
    </Routes>,
    { path: `/tilbud/${shown.id}`, tenant: host },
  );
}

describe('the offer page', () => {
  test('says in the API’s words that an offer is not shown here, with a way on to other offers', async () => {
    answerApi({
      'GET /api/v1/offers/gone': problem(404, {
        title: 'Tilbuddet findes ikke',
        detail: 'Tilbuddet er fjernet, eller det vises ikke på denne side.',
      }),
      'GET /api/v1/me': json({ authenticated: false }),
    });
    renderPage(
      <Routes>
        <Route path="/tilbud/:id" element={<OfferPage />} />
      </Routes>,
      { path: '/tilbud/gone', tenant: TEST_TENANT },
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tilbuddet findes ikke' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find andre tilbud' })).toHaveAttribute('href', '/sog');
  });

  test('puts how to get in touch right under the summary, with a "Ring" button', async () => {
    renderOffer();
    const contact = await screen.findByRole('region', { name: 'Kontakt' });
    const call = within(contact).getByRole('link', { name: 'Ring til Angstforeningen: 86 12 34 56' });
    expect(call).toHaveAttribute('href', 'tel:86123456');
    expect(call).toHaveTextContent('Ring');
    // Before every other section: the first heading after the title.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings[0]).toBe('Kontakt');
  });

  test('says what it costs and when, with the time as "17.30"', async () => {
    renderOffer();
    expect(await screen.findByRole('region', { name: 'Pris' })).toHaveTextContent('50 kr. – pr. gang');
    expect(screen.getByRole('region', { name: 'Hvornår' })).toHaveTextContent('Tirsdag kl. 17.30–19.00');
  });

  test('opens a member municipality’s offer on the region’s host, naming it, with a way to its own site', async () => {
    renderOffer(offer, MIDTJYLLAND);
    await screen.findByRole('heading', { level: 1, name: offer.name });
    expect(screen.getByText('Aarhus Kommune', { selector: '.origin' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se hos Aarhus Kommune' })).toHaveAttribute(
      'href',
      `http://aarhus.localhost:3000/tilbud/${offer.id}`,
    );
    // The association and the error report live on the offer's own site, not on the region's.
    expect(screen.getByRole('link', { name: 'Angstforeningen' })).toHaveAttribute(
      'href',
      `http://aarhus.localhost:3000/forening/${offer.organization.id}`,
    );
    const report = screen.getByRole('region', { name: 'Er der en fejl?' });
    expect(within(report).queryByRole('button', { name: 'Meld en fejl' })).not.toBeInTheDocument();
    expect(within(report).getByRole('link', { name: 'Meld fejlen hos Aarhus Kommune' })).toHaveAttribute(
      'href',
      `http://aarhus.localhost:3000/tilbud/${offer.id}`,
    );
  });

  test('names neither the host nor a way elsewhere for the host’s own offer', async () => {
    renderOffer();
    await screen.findByRole('heading', { level: 1, name: offer.name });
    expect(screen.queryByRole('link', { name: /^Se hos/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Angstforeningen' })).toHaveAttribute(
      'href',
      `/forening/${offer.organization.id}`,
    );
    expect(screen.getByRole('button', { name: 'Meld en fejl' })).toBeInTheDocument();
  });

  test('marks a national offer "Landsdækkende" on a municipality’s host', async () => {
    const national = publicOffer({
      tenant: { slug: 'danmark', name: 'Hele landet', kind: 'national', url: 'http://localhost:3000' },
    });
    renderOffer(national);
    await screen.findByRole('heading', { level: 1, name: national.name });
    expect(screen.getByText('Landsdækkende')).toHaveClass('origin--national');
    expect(screen.getByRole('link', { name: 'Se hos Hele landet' })).toHaveAttribute(
      'href',
      `http://localhost:3000/tilbud/${national.id}`,
    );
  });
});
