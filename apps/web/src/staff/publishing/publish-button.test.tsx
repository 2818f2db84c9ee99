import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { answerApi, json } from '../../test-support/fetch-stub';
import { offerView } from '../../test-support/offer-view';
import { renderPage } from '../../test-support/render-page';
import { editorSession } from '../../test-support/staff-session';
import StaffArea from '../staff-area';

const OFFER_ID = '3780dc3a-1fb1-4fd7-8102-98bbb5a79fc3';

const draft = offerView({
  id: OFFER_ID,
  status: 'draft',
  visibleToCitizens: false,
  hiddenBecause: ['offer_not_published', 'organization_not_published'],
  organization: {
    id: 'b1c2d3e4-0000-4000-8000-000000000002',
    name: 'Haveforeningen Solsikken',
    status: 'draft',
    website: null,
    email: null,
    phone: null,
  },
  locations: [
    {
      id: 'c1c2d3e4-0000-4000-8000-000000000003',
      name: 'Solsikkehaven',
      address1: 'Vestergade 5',
      postalCode: '8000',
      city: 'Aarhus C',
      latitude: null,
      longitude: null,
      accessibility: '',
      transportation: '',
      needsCheck: true,
    },
  ],
});

const published = (visible: boolean) =>
  offerView({
    ...draft,
    version: draft.version + 1,
    status: 'published',
    visibleToCitizens: visible,
    hiddenBecause: visible ? [] : ['hidden_as_stale'],
    organization: { ...draft.organization, status: 'published' },
  });

function renderOffer(answer: ReturnType<typeof published>) {
  const requests = answerApi({
    'GET /api/v1/me': json(editorSession),
    'GET /api/v1/taxonomy': json({ items: [] }),
    [`GET /api/v1/admin/offers/${OFFER_ID}`]: json(draft),
    [`GET /api/v1/admin/offers/${OFFER_ID}/changes`]: json([]),
    [`POST /api/v1/offers/${OFFER_ID}/publish`]: json(answer, 201),
  });
  renderPage(
    <Routes>
      <Route path="personale/*" element={<StaffArea />} />
    </Routes>,
    { path: `/personale/tilbud/${OFFER_ID}` },
  );
  return requests;
}

const publishBodies = (requests: Request[]) =>
  Promise.all(
    requests.filter((request) => request.url.endsWith('/publish')).map((request) => request.json()),
  );

describe('publishing an offer of an unpublished association', () => {
  test('shows the place to check, asks once, then publishes both and says citizens can find it', async () => {
    const requests = renderOffer(published(true));
    const user = userEvent.setup();

    const check = await screen.findByRole('region', { name: 'Tjek stedet fra forslaget' });
    expect(check).toHaveTextContent('Solsikkehaven, Vestergade 5, 8000 Aarhus C');
    expect(screen.getByText(/Borgerne kan ikke se det, før det er offentliggjort/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Offentliggør' }));
    const question = screen.getByText(
      'Foreningen «Haveforeningen Solsikken» er ikke offentliggjort. Offentliggør både foreningen og tilbuddet?',
    );
    expect(question).toHaveFocus();
    expect(await publishBodies(requests)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Offentliggør begge' }));
    expect(
      await screen.findByText('Tilbuddet er offentliggjort. Borgerne kan finde det nu.'),
    ).toBeInTheDocument();
    expect(await publishBodies(requests)).toEqual([{ version: draft.version, publishOrganization: true }]);
  });

  test('says why citizens cannot find it when the answer says so, never just "published"', async () => {
    renderOffer(published(false));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Offentliggør' }));
    await user.click(screen.getByRole('button', { name: 'Offentliggør begge' }));
    expect(
      await screen.findByText(
        'Tilbuddet har status offentliggjort, men borgerne kan ikke finde det: det er skjult, fordi ingen har bekræftet det i tide.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Borgerne kan finde det nu/)).not.toBeInTheDocument();
  });

  test('publishes nothing when the editor cancels', async () => {
    const requests = renderOffer(published(true));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Offentliggør' }));
    await user.click(screen.getByRole('button', { name: 'Annuller' }));
    expect(screen.queryByText(/Offentliggør både/)).not.toBeInTheDocument();
    expect(await publishBodies(requests)).toEqual([]);
  });
});
