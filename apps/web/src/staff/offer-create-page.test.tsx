import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { offerView } from '../test-support/offer-view';
import { renderPage } from '../test-support/render-page';
import StaffArea from './staff-area';

const editor = {
  authenticated: true,
  user: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Mette Jensen', email: 'mette@aarhus.dk' },
  role: 'editor',
  csrfToken: 'token',
};

const association = {
  id: 'b1c2d3e4-0000-4000-8000-000000000002',
  version: 2,
  createdAt: '2026-01-05T10:00:00Z',
  updatedAt: '2026-01-05T10:00:00Z',
  status: 'published',
  name: 'Madklubben',
  alternateName: null,
  description: '',
  email: null,
  website: null,
  phone: null,
  taxId: null,
};
const draftAssociation = {
  ...association,
  id: 'b1c2d3e4-0000-4000-8000-000000000003',
  name: 'Ny forening',
  status: 'draft',
};
const created = offerView({
  id: '3780dc3a-1fb1-4fd7-8102-98bbb5a79fc4',
  name: 'Madklub for mænd',
  status: 'draft',
});

const api = (extra: Record<string, Response | ((request: Request) => Response)> = {}) =>
  answerApi({
    'GET /api/v1/me': json(editor),
    'GET /api/v1/taxonomy': json({ items: [] }),
    'GET /api/v1/admin/organizations': json({
      items: [association, draftAssociation],
      total: 2,
      page: 1,
      size: 100,
    }),
    [`GET /api/v1/admin/organizations/${association.id}`]: json(association),
    'GET /api/v1/postcodes/8000': json({
      postcode: '8000',
      name: 'Aarhus C',
      latitude: 56.1567,
      longitude: 10.2108,
    }),
    ...extra,
  });

function renderCreatePage() {
  return renderPage(
    <Routes>
      <Route path="personale/*" element={<StaffArea />} />
    </Routes>,
    { path: `/personale/tilbud/nyt?forening=${association.id}` },
  );
}

/** For what waits on a request and a new page: the test machine may be busy with other work. */
const SLOW = { timeout: 3000 };

const postBodies = (requests: Request[]) =>
  Promise.all(
    requests
      .filter((request) => request.method === 'POST' && new URL(request.url).pathname === '/api/v1/offers')
      .map((request) => request.json()),
  );

describe('the new offer page', () => {
  test('creates an offer for the association in the address, with its place and time previewed', async () => {
    const requests = api({
      'POST /api/v1/offers': json({ offer: created, possibleDuplicates: [] }, 201),
      [`GET /api/v1/admin/offers/${created.id}`]: json(created),
    });
    const user = userEvent.setup();
    renderCreatePage();

    await screen.findByRole('heading', { level: 1, name: 'Nyt tilbud' });
    const chooser = screen.getByRole('combobox', { name: 'Forening' });
    expect(
      await within(chooser).findByRole('option', { name: 'Madklubben (Offentliggjort)' }),
    ).toHaveProperty('selected', true);
    expect(within(chooser).getByRole('option', { name: 'Ny forening (Kladde)' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Madklub for mænd');

    await user.click(screen.getByRole('button', { name: 'Tilføj sted' }));
    const place = screen.getByRole('group', { name: 'Sted 1' });
    expect(within(place).getByLabelText('Adresse')).toHaveFocus();
    await user.type(within(place).getByLabelText('Adresse'), 'Mejlgade 1');
    await user.type(within(place).getByLabelText('Postnummer'), '8000');
    // The town comes from the postcode table; the map link points at the postcode's centre.
    expect(await within(place).findByDisplayValue('Aarhus C', {}, SLOW)).toBeInTheDocument();
    expect(within(place).getByRole('link', { name: /Se sted 1 på kort/ })).toHaveAttribute(
      'href',
      expect.stringContaining('mlat=56.1567&mlon=10.2108'),
    );

    await user.click(screen.getByRole('button', { name: 'Tilføj tid' }));
    const time = screen.getByRole('group', { name: 'Tid 1' });
    await user.click(within(time).getByLabelText('tirsdag'));
    await user.type(within(time).getByLabelText('Fra'), '17.30');
    await user.type(within(time).getByLabelText('Til'), '19');
    const preview = screen.getByRole('region', { name: 'Sådan ser borgerne tiderne' });
    expect(preview).toHaveTextContent('Tirsdag kl. 17.30–19.00');
    expect(preview).toHaveTextContent(/Åbent nu|Næste gang: tirsdag 17\.30/);

    await user.click(screen.getByRole('button', { name: 'Opret tilbud' }));
    expect(await screen.findByText('Tilbuddet er oprettet som kladde.', {}, SLOW)).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Madklub for mænd' }, SLOW),
    ).toBeInTheDocument();
    const [body] = await postBodies(requests);
    expect(body).toMatchObject({
      organizationId: association.id,
      name: 'Madklub for mænd',
      locations: [{ address1: 'Mejlgade 1', postalCode: '8000', city: 'Aarhus C' }],
      schedules: [{ byday: ['TU'], opensAt: '17:30', closesAt: '19:00' }],
    });
    expect(body.locations[0]).not.toHaveProperty('latitude');
  });

  test('shows a place’s message at its field and in the summary, which leads to it', async () => {
    const message = 'Sted 1: Postnummer skal være et dansk postnummer med 4 cifre.';
    api({
      'POST /api/v1/offers': problem(400, {
        title: 'Ugyldige oplysninger',
        errors: [
          { field: 'name', message: 'Navn skal udfyldes.' },
          { field: 'locations.0.postalCode', message },
        ],
      }),
    });
    const user = userEvent.setup();
    renderCreatePage();
    await user.click(await screen.findByRole('button', { name: 'Tilføj sted' }));
    await user.type(screen.getByLabelText('Postnummer'), '80');
    await user.click(screen.getByRole('button', { name: 'Opret tilbud' }));

    const summary = await screen.findByRole('region', { name: /Ændringerne blev ikke gemt/ });
    expect(within(summary).getByRole('link', { name: 'Navn skal udfyldes.' })).toBeInTheDocument();
    const postcode = screen.getByLabelText('Postnummer');
    expect(postcode).toBeInvalid();
    expect(postcode).toHaveAccessibleDescription(expect.stringContaining(message));
    await user.click(within(summary).getByRole('link', { name: message }));
    expect(postcode).toHaveFocus();
  });
});
