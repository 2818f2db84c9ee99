import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { answerApi, json } from '../test-support/fetch-stub';
import { offerView } from '../test-support/offer-view';
import { renderPage } from '../test-support/render-page';
import { OfferPage } from './offer-page';

const offer = offerView({
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

function renderOffer() {
  answerApi({
    [`GET /api/v1/offers/${offer.id}`]: json(offer),
    'GET /api/v1/me': json({ authenticated: false }),
  });
  renderPage(
    <Routes>
      <Route path="/tilbud/:id" element={<OfferPage />} />
    </Routes>,
    { path: `/tilbud/${offer.id}` },
  );
}

describe('the offer page', () => {
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
});
