import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { answerApi, json, problem } from '../../test-support/fetch-stub';
import { offerView } from '../../test-support/offer-view';
import { renderPage } from '../../test-support/render-page';
import { editorSession } from '../../test-support/staff-session';
import StaffArea from '../staff-area';

const ID = '5d6e7f80-0000-4000-8000-000000000001';

const organization = {
  id: ID,
  version: 2,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  status: 'draft',
  name: 'Sorggruppen Aarhus',
  alternateName: null,
  description: 'Samtaler for efterladte.',
  email: null,
  website: null,
  phone: null,
  taxId: '12345678',
  trusted: false,
};

const emptyOffers = { items: [], total: 0, page: 1, size: 20 };

const renderAt = (path: string) =>
  renderPage(
    <Routes>
      <Route path="personale/*" element={<StaffArea />} />
    </Routes>,
    { path },
  );

/** The association's page, whose PATCHes get `patchAnswers` one after the other. */
function answerOrganizationPage(...patchAnswers: (() => Response)[]) {
  let patches = 0;
  return answerApi({
    'GET /api/v1/me': json(editorSession),
    [`GET /api/v1/admin/organizations/${ID}`]: json(organization),
    'GET /api/v1/admin/offers': json(emptyOffers),
    [`PATCH /api/v1/organizations/${ID}`]: () => patchAnswers[patches++](),
  });
}

const bodiesOf = (requests: Request[], method: string) =>
  Promise.all(requests.filter((request) => request.method === method).map((request) => request.json()));

describe('the associations list', () => {
  test('shows each association with its status and offers, filtered by the URL', async () => {
    const requests = answerApi({
      'GET /api/v1/me': json(editorSession),
      'GET /api/v1/admin/organizations': json({
        items: [
          {
            ...organization,
            trusted: true,
            offerCounts: { draft: 1, in_review: 0, published: 2, archived: 0 },
          },
        ],
        total: 1,
        page: 1,
        size: 20,
      }),
    });
    renderAt('/personale/foreninger?status=draft&q=sorg');

    const table = await screen.findByRole('table', { name: 'Foreningerne med deres status og tilbud' });
    const row = within(table).getByRole('row', { name: /Sorggruppen Aarhus/ });
    expect(within(row).getByRole('link', { name: 'Sorggruppen Aarhus' })).toHaveAttribute(
      'href',
      `/personale/foreninger/${ID}`,
    );
    expect(row).toHaveTextContent('Betroet');
    expect(row).toHaveTextContent('Kladde');
    expect(row).toHaveTextContent('2 af 3 tilbud offentliggjort');
    expect(screen.getByRole('status')).toHaveTextContent('1 forening');
    expect(screen.getByLabelText('Navn eller CVR-nummer')).toHaveValue('sorg');
    const asked = requests.filter((request) => request.url.includes('/admin/organizations'));
    expect(Object.fromEntries(new URL(asked[0].url).searchParams)).toMatchObject({
      q: 'sorg',
      status: 'draft',
    });
    expect(screen.getByRole('link', { name: 'Foreninger' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('an association’s page', () => {
  test('saves only what changed, trusted included, and shows the API’s message at its field', async () => {
    const requests = answerOrganizationPage(
      () =>
        problem(400, {
          title: 'Ugyldige oplysninger',
          errors: [{ field: 'taxId', message: 'CVR-nummer skal være 8 cifre.' }],
        }),
      () => json({ ...organization, version: 3, taxId: null, trusted: true }),
    );
    const user = userEvent.setup();
    renderAt(`/personale/foreninger/${ID}`);

    const cvr = await screen.findByLabelText('CVR-nummer');
    await user.clear(cvr);
    await user.type(cvr, '1234');
    const trusted = screen.getByRole('checkbox', { name: 'Betroet forening' });
    expect(trusted).toHaveAccessibleDescription(/offentliggjort med det samme/);
    await user.click(trusted);
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    const summary = await screen.findByRole('region', { name: /Foreningen blev ikke gemt/ });
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('CVR-nummer')).toHaveAccessibleDescription(/CVR-nummer skal være 8 cifre\./);
    await user.click(within(summary).getByRole('link', { name: 'CVR-nummer skal være 8 cifre.' }));
    expect(screen.getByLabelText('CVR-nummer')).toHaveFocus();

    await user.clear(screen.getByLabelText('CVR-nummer'));
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByText('Ændringerne er gemt.')).toBeInTheDocument();
    expect(await bodiesOf(requests, 'PATCH')).toEqual([
      { taxId: '1234', trusted: true, version: 2 },
      { taxId: null, trusted: true, version: 2 },
    ]);
  });

  test('after a conflict shows both versions and saves mine on the newer version', async () => {
    const theirs = { ...organization, version: 3, description: 'Deres beskrivelse.' };
    const requests = answerOrganizationPage(
      () => problem(409, { title: 'Organisationen er ændret af en anden', current: theirs }),
      () => json({ ...theirs, version: 4, description: 'Min beskrivelse.' }),
    );
    const user = userEvent.setup();
    renderAt(`/personale/foreninger/${ID}`);

    const description = await screen.findByLabelText('Beskrivelse');
    await user.clear(description);
    await user.type(description, 'Min beskrivelse.');
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    const heading = await screen.findByRole('heading', { name: 'En anden har gemt foreningen imens' });
    expect(heading).toHaveFocus();
    const row = within(screen.getByRole('table', { name: 'En anden har gemt foreningen imens' })).getByRole(
      'row',
      {
        name: /Beskrivelse/,
      },
    );
    expect(row).toHaveTextContent('Min beskrivelse.');
    expect(row).toHaveTextContent('Deres beskrivelse.');
    await user.click(screen.getByRole('button', { name: 'Behold mine ændringer' }));
    expect(await screen.findByText('Ændringerne er gemt.')).toBeInTheDocument();
    expect(await bodiesOf(requests, 'PATCH')).toEqual([
      { description: 'Min beskrivelse.', version: 2 },
      { description: 'Min beskrivelse.', version: 3 },
    ]);
  });

  test('lists its offers, says which citizens cannot find, links to a new offer, and publishes', async () => {
    const hidden = offerView({
      id: '11111111-0000-4000-8000-000000000001',
      name: 'Sorgcafé',
      visibleToCitizens: false,
      hiddenBecause: ['organization_not_published'],
    });
    const requests = answerApi({
      'GET /api/v1/me': json(editorSession),
      [`GET /api/v1/admin/organizations/${ID}`]: json(organization),
      'GET /api/v1/admin/offers': json({ ...emptyOffers, items: [hidden], total: 1 }),
      [`POST /api/v1/organizations/${ID}/publish`]: json(
        { ...organization, version: 3, status: 'published' },
        201,
      ),
    });
    const user = userEvent.setup();
    renderAt(`/personale/foreninger/${ID}`);

    const offers = await screen.findByRole('table', { name: 'Foreningens tilbud i alle statusser' });
    const row = within(offers).getByRole('row', { name: /Sorgcafé/ });
    expect(within(row).getByRole('link', { name: 'Sorgcafé' })).toHaveAttribute(
      'href',
      `/personale/tilbud/${hidden.id}`,
    );
    expect(row).toHaveTextContent('Kan ikke findes af borgerne');
    expect(screen.getByRole('link', { name: 'Nyt tilbud for foreningen' })).toHaveAttribute(
      'href',
      `/personale/tilbud/nyt?forening=${ID}`,
    );
    expect(screen.getByText(/Borgerne kan ikke se foreningen/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Offentliggør' }));
    expect(await screen.findByText('Foreningen er offentliggjort.')).toBeInTheDocument();
    expect(await bodiesOf(requests, 'POST')).toEqual([{ version: 2 }]);
    expect(screen.getByText(/Borgerne kan se foreningen/)).toBeInTheDocument();
  });
});
