import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import { answerApi, json } from '../test-support/fetch-stub';
import { publicOffer } from '../test-support/offer-view';
import { renderPage } from '../test-support/render-page';
import { HandoutPage } from './handout-page';

const offer = publicOffer({
  isFree: false,
  feeAmount: 150,
  feesDescription: 'for hele forløbet',
  scheduleDescription: '',
  schedules: [
    {
      id: 's1',
      byday: ['TH'],
      opensAt: '17:30',
      closesAt: '19:00',
      validFrom: null,
      validTo: null,
      description: '',
    },
  ],
  locations: [
    {
      id: 'l1',
      name: 'Sundhedshuset',
      address1: 'Parkvej 5',
      postalCode: '8000',
      city: 'Aarhus C',
      latitude: 56.15,
      longitude: 10.2,
      accessibility: '',
      transportation: '',
      needsCheck: false,
    },
  ],
});

describe('a list handed to a citizen', () => {
  test('gives each offer a link to its page, its price and time, its address on a map and a QR code', async () => {
    answerApi({
      [`GET /api/v1/offers/${offer.id}`]: json(offer),
      'GET /api/v1/me': json({ authenticated: false }),
    });
    renderPage(<HandoutPage />, { path: `/liste?tilbud=${offer.id}` });

    const title = await screen.findByRole('link', { name: offer.name });
    expect(title).toHaveAttribute('href', `/tilbud/${offer.id}`);
    const entry = title.closest('article') as HTMLElement;
    expect(entry).toHaveTextContent('Hvornår: Torsdag kl. 17.30–19.00');
    expect(entry).toHaveTextContent('Pris: 150 kr. – for hele forløbet');
    expect(
      within(entry).getByRole('link', { name: 'Sundhedshuset, Parkvej 5, 8000 Aarhus C' }),
    ).toHaveAttribute('href', 'https://www.openstreetmap.org/?mlat=56.15&mlon=10.2#map=17/56.15/10.2');
    expect(
      await within(entry).findByRole('img', { name: `QR-kode til tilbuddet ${offer.name}` }),
    ).toBeInTheDocument();
    expect(entry).toHaveTextContent(`localhost/tilbud/${offer.id}`);
  });

  test('names each offer’s municipality when the list gathers offers from several', async () => {
    const silkeborg = publicOffer({
      id: '82795052-10ed-4283-8979-087e623b36e5',
      name: 'Ensomhed i Silkeborg',
      tenant: {
        slug: 'silkeborg',
        name: 'Silkeborg Kommune',
        kind: 'municipality',
        url: 'http://silkeborg.localhost:3000',
      },
    });
    const requests = answerApi({
      [`GET /api/v1/offers/${offer.id}`]: json(offer),
      [`GET /api/v1/offers/${silkeborg.id}`]: json(silkeborg),
      'GET /api/v1/me': json({ authenticated: false }),
    });
    renderPage(<HandoutPage />, {
      path: `/liste?tilbud=${offer.id},${silkeborg.id}`,
      tenant: { slug: 'midtjylland', name: 'Region Midtjylland', kind: 'region', theme: {} },
    });

    const first = (await screen.findByRole('link', { name: offer.name })).closest('article');
    const second = (await screen.findByRole('link', { name: silkeborg.name })).closest('article');
    expect(first).toHaveTextContent('Angstforeningen · Aarhus Kommune');
    expect(second).toHaveTextContent('Angstforeningen · Silkeborg Kommune');
    // Each offer is asked of the host the list is read on, which answers for its members' offers.
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(
      expect.arrayContaining([`/api/v1/offers/${offer.id}`, `/api/v1/offers/${silkeborg.id}`]),
    );
    expect(second).toHaveTextContent(`localhost/tilbud/${silkeborg.id}`);
  });
});
