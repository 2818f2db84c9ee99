import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { offerView } from '../test-support/offer-view';
import { renderPage } from '../test-support/render-page';
import StaffArea from './staff-area';

const OFFER_ID = '3780dc3a-1fb1-4fd7-8102-98bbb5a79fc3';

const editor = {
  authenticated: true,
  user: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Mette Jensen', email: 'mette@aarhus.dk' },
  role: 'editor',
  csrfToken: 'token',
};

const angst = { id: 'f0a0c7e2-1111-4000-8000-000000000001', code: 'angst', name: 'Angst' };

const taxonomy = {
  items: [
    {
      id: 'v1',
      code: 'challenge',
      name: 'Udfordringer',
      description: '',
      terms: [
        {
          ...angst,
          description: '',
          synonyms: [],
          minimumAge: null,
          maximumAge: null,
          postcodes: [],
          version: 1,
        },
      ],
    },
  ],
};

const offer = offerView({
  id: OFFER_ID,
  url: 'https://angst.dk/unge',
  terms: { challenge: [angst] },
});

const URL_MESSAGE = 'Hjemmeside skal være en adresse, der begynder med http:// eller https://.';

function renderEditPage() {
  return renderPage(
    <Routes>
      <Route path="personale/*" element={<StaffArea />} />
    </Routes>,
    { path: `/personale/tilbud/${OFFER_ID}` },
  );
}

const patchBodies = (requests: Request[]) =>
  Promise.all(requests.filter((request) => request.method === 'PATCH').map((request) => request.json()));

describe('the offer edit form', () => {
  test('shows the API’s message at the field and in a summary that links to it', async () => {
    const requests = answerApi({
      'GET /api/v1/me': json(editor),
      'GET /api/v1/taxonomy': json(taxonomy),
      [`GET /api/v1/admin/offers/${OFFER_ID}`]: json(offer),
      [`PATCH /api/v1/offers/${OFFER_ID}`]: problem(400, {
        title: 'Ugyldige oplysninger',
        detail: 'Ret feltet: url.',
        errors: [{ field: 'url', message: URL_MESSAGE }],
      }),
    });
    const user = userEvent.setup();
    renderEditPage();

    const website = await screen.findByLabelText('Hjemmeside');
    await user.clear(website);
    await user.type(website, 'angst.dk');
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    const summary = await screen.findByRole('region', { name: /Ændringerne blev ikke gemt/ });
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: URL_MESSAGE });
    expect(screen.getByLabelText('Hjemmeside')).toHaveAccessibleDescription(
      expect.stringContaining(URL_MESSAGE),
    );
    expect(screen.getByLabelText('Hjemmeside')).toBeInvalid();

    await user.click(link);
    expect(screen.getByLabelText('Hjemmeside')).toHaveFocus();
    // Only what the editor changed is sent, with the version the form was opened at.
    expect(await patchBodies(requests)).toEqual([{ url: 'angst.dk', version: 3 }]);
  });

  test('shows both versions after a conflict, and "keep mine" saves again on the newer version', async () => {
    const theirs = { ...offer, version: 4, summary: 'Gruppe for unge mellem 15 og 25 med angst.' };
    let patches = 0;
    const requests = answerApi({
      'GET /api/v1/me': json(editor),
      'GET /api/v1/taxonomy': json(taxonomy),
      [`GET /api/v1/admin/offers/${OFFER_ID}`]: json(offer),
      [`PATCH /api/v1/offers/${OFFER_ID}`]: () =>
        ++patches === 1
          ? new Response(
              JSON.stringify({
                type: 'about:blank',
                title: 'Tilbuddet er ændret af en anden',
                status: 409,
                detail: 'Du redigerede version 3, men en nyere version er gemt i mellemtiden.',
                current: theirs,
              }),
              { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : json({
              offer: { ...theirs, version: 5, summary: 'Min nye beskrivelse.' },
              possibleDuplicates: [],
            }),
    });
    const user = userEvent.setup();
    renderEditPage();

    const summaryField = await screen.findByLabelText('Kort beskrivelse');
    await user.clear(summaryField);
    await user.type(summaryField, 'Min nye beskrivelse.');
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    const heading = await screen.findByRole('heading', { name: 'En anden har gemt tilbuddet imens' });
    expect(heading).toHaveFocus();
    const table = screen.getByRole('table', { name: 'En anden har gemt tilbuddet imens' });
    const row = within(table).getByRole('row', { name: /Kort beskrivelse/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Kort beskrivelse');
    const [mine, saved] = within(row).getAllByRole('cell');
    expect(mine).toHaveTextContent('Min nye beskrivelse.');
    expect(saved).toHaveTextContent('Gruppe for unge mellem 15 og 25 med angst.');

    await user.click(screen.getByRole('button', { name: 'Behold mine ændringer' }));

    expect(await screen.findByText('Ændringerne er gemt.')).toBeInTheDocument();
    expect(await patchBodies(requests)).toEqual([
      { summary: 'Min nye beskrivelse.', version: 3 },
      { summary: 'Min nye beskrivelse.', version: 4 },
    ]);
    expect(
      screen.queryByRole('heading', { name: 'En anden har gemt tilbuddet imens' }),
    ).not.toBeInTheDocument();
    expect(screen.getByLabelText('Kort beskrivelse')).toHaveValue('Min nye beskrivelse.');
  });
});

describe('duplicating an offer', () => {
  test('opens the copy the API made, as a draft of its own', async () => {
    const copy = {
      ...offer,
      id: 'c0c0c0c0-1fb1-4fd7-8102-98bbb5a79fc3',
      name: `${offer.name} (kopi)`,
      version: 1,
    };
    const requests = answerApi({
      'GET /api/v1/me': json(editor),
      'GET /api/v1/taxonomy': json(taxonomy),
      [`GET /api/v1/admin/offers/${OFFER_ID}`]: json(offer),
      [`GET /api/v1/admin/offers/${copy.id}`]: json({ ...copy, status: 'draft' }),
      [`POST /api/v1/offers/${OFFER_ID}/duplicate`]: json(
        { offer: { ...copy, status: 'draft' }, possibleDuplicates: [] },
        201,
      ),
    });
    const user = userEvent.setup();
    renderEditPage();

    // A copy is of the offer as saved: with unsaved edits, it waits.
    const summaryField = await screen.findByLabelText('Kort beskrivelse');
    await user.type(summaryField, ' Mere.');
    expect(screen.getByRole('button', { name: 'Duplikér' })).toBeDisabled();
    await user.clear(summaryField);
    await user.type(summaryField, offer.summary);
    await user.click(screen.getByRole('button', { name: 'Duplikér' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: copy.name }, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Kopien er oprettet som kladde\./)).toBeInTheDocument();
    expect(
      screen.getByText('Tilbuddets status: Kladde. Borgerne kan ikke se det, før det er offentliggjort.'),
    ).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});

describe('the staff area', () => {
  test.each([
    [
      'asks a visitor who is not logged in to log in',
      { authenticated: false },
      'Log ind for at se siden',
      true,
    ],
    [
      'tells staff without the editor role it is not theirs',
      { ...editor, role: 'staff' },
      'Du har ikke adgang til siden',
      false,
    ],
  ])('%s', async (_behaviour, session, heading, offersLogin) => {
    answerApi({ 'GET /api/v1/me': json(session) });
    renderEditPage();

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Log ind' }) !== null).toBe(offersLogin);
    expect(screen.queryByRole('navigation', { name: 'Redaktion' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Hjemmeside')).not.toBeInTheDocument();
  });
});
