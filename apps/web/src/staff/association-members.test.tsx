import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { AssociationMembers } from './association-members';

const ORGANIZATION_ID = '1a2b3c4d-1111-4000-8000-000000000001';
const membership = (email: string, status: string) => ({
  id: `m-${email}`,
  email,
  role: 'association',
  status,
  version: 1,
  userId: null,
  name: null,
  lastLoginAt: null,
  organizationId: ORGANIZATION_ID,
  createdAt: '2026-12-01T10:00:00.000Z',
});

describe("an association's users", () => {
  test('invites a user by e-mail and lists them with their status', async () => {
    let invited = false;
    const requests = answerApi({
      [`GET /api/v1/admin/organizations/${ORGANIZATION_ID}/members`]: () =>
        json(
          invited
            ? [membership('formand@sorg.dk', 'active'), membership('ny@sorg.dk', 'invited')]
            : [membership('formand@sorg.dk', 'active')],
        ),
      [`POST /api/v1/admin/organizations/${ORGANIZATION_ID}/members`]: () => {
        invited = true;
        return json(membership('ny@sorg.dk', 'invited'), 201);
      },
    });
    const user = userEvent.setup();
    renderPage(<AssociationMembers organizationId={ORGANIZATION_ID} />);

    expect(await screen.findByText('formand@sorg.dk (aktiv)')).toBeInTheDocument();
    await user.type(screen.getByLabelText('E-mailadresse'), 'ny@sorg.dk');
    await user.click(screen.getByRole('button', { name: 'Inviter bruger' }));

    expect(
      await screen.findByText('ny@sorg.dk er inviteret og får en e-mail med et link.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('ny@sorg.dk (inviteret)')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ email: 'ny@sorg.dk' });
  });
});
