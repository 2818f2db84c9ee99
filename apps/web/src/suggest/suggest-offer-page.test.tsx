import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { SuggestOfferPage } from './suggest-offer-page';

const taxonomy = {
  items: [
    {
      id: 'c',
      code: 'challenge',
      name: 'Udfordring',
      description: '',
      terms: [
        {
          id: 't1',
          code: 'ensomhed',
          name: 'Ensomhed',
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

async function fillRequired() {
  await userEvent.type(screen.getByLabelText('Tilbuddets navn'), 'Strikkecafé');
  await userEvent.type(screen.getByLabelText(/^Beskrivelse/), 'Vi strikker og drikker kaffe hver onsdag.');
  await userEvent.type(screen.getByLabelText('Foreningens navn'), 'Fællesskabet');
  await userEvent.type(screen.getByLabelText('Kontaktperson'), 'Mette Jensen');
}

describe('suggesting an offer', () => {
  it('asks for an e-mail or a phone before anything is sent', async () => {
    const requests = answerApi({ 'GET /api/v1/taxonomy': json(taxonomy) });
    renderPage(<SuggestOfferPage />);
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Send forslaget' }));
    expect(screen.getByLabelText('E-mail')).toHaveFocus();
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(/mindst én af e-mail og telefon/);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('sends the suggestion with the chosen topics, leaving empty fields out, and thanks the sender', async () => {
    const requests = answerApi({
      'GET /api/v1/taxonomy': json(taxonomy),
      'POST /api/v1/offer-suggestions': json({ message: 'Tak' }, 202),
    });
    renderPage(<SuggestOfferPage />);
    await fillRequired();
    await userEvent.type(screen.getByLabelText('Telefon'), '20304050');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Ensomhed' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send forslaget' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Tak! Dit forslag er sendt til redaktionen.');
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      name: 'Strikkecafé',
      description: 'Vi strikker og drikker kaffe hver onsdag.',
      organizationName: 'Fællesskabet',
      contactName: 'Mette Jensen',
      phone: '20304050',
      terms: { challenge: ['ensomhed'], target_group: [] },
    });
  });

  it('shows the API’s message at the field it names', async () => {
    answerApi({
      'GET /api/v1/taxonomy': json(taxonomy),
      'POST /api/v1/offer-suggestions': problem(400, {
        title: 'Ugyldige oplysninger',
        detail: 'Ret feltet: phone.',
        errors: [{ field: 'phone', message: 'phone skal være et dansk telefonnummer.' }],
      }),
    });
    renderPage(<SuggestOfferPage />);
    await fillRequired();
    await userEvent.type(screen.getByLabelText('Telefon'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Send forslaget' }));
    expect(await screen.findByText('phone skal være et dansk telefonnummer.')).toBeInTheDocument();
    expect(screen.getByLabelText('Telefon')).toHaveAttribute('aria-invalid', 'true');
  });
});
