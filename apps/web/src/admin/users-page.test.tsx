import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Membership, UserPage } from './admin-api';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { UsersPage } from './users-page';

const admin: Membership = {
  id: '6f1c2b9e-0d1a-4c59-9f0e-7a1b2c3d4e5f',
  email: 'mette@aarhus.dk',
  role: 'tenant_admin',
  status: 'active',
  version: 3,
  userId: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Mette Jensen',
  lastLoginAt: '2026-11-20T08:30:00.000Z',
  organizationId: null,
  createdAt: '2026-01-05T10:00:00.000Z',
};

const invited: Membership = {
  ...admin,
  id: '7a2d3c0f-1e2b-4d6a-8f1f-8b2c3d4e5f60',
  email: 'ny@aarhus.dk',
  role: 'editor',
  status: 'invited',
  version: 1,
  userId: null,
  name: null,
  lastLoginAt: null,
};

const page: UserPage = { items: [admin, invited], total: 2, page: 1, size: 50 };

describe('the users page', () => {
  test('lists the users with their role and status', async () => {
    answerApi({ 'GET /api/v1/admin/users': json(page) });
    renderPage(<UsersPage />, { path: '/admin' });

    const row = (await screen.findByRole('rowheader', { name: /Mette Jensen/ })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('combobox', { name: 'Rolle for Mette Jensen' })).toHaveValue('tenant_admin');
    expect(within(row).getByRole('cell', { name: 'Aktiv' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Træk invitationen tilbage ny@aarhus.dk' }),
    ).toBeInTheDocument();
  });

  test('shows the API’s refusal to demote the last administrator under that user', async () => {
    const requests = answerApi({
      'GET /api/v1/admin/users': json(page),
      'PATCH /api/v1/admin/users/6f1c2b9e-0d1a-4c59-9f0e-7a1b2c3d4e5f': problem(409, {
        title: 'Sidste administrator',
        detail:
          'Aarhus Kommune skal have mindst én aktiv administrator. Gør en anden til administrator først.',
      }),
    });
    renderPage(<UsersPage />, { path: '/admin' });
    const user = userEvent.setup();

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Rolle for Mette Jensen' }),
      'editor',
    );
    await user.click(screen.getByRole('button', { name: 'Skift rolle Mette Jensen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sidste administrator');
    expect(alert).toHaveTextContent('Aarhus Kommune skal have mindst én aktiv administrator.');
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(await patch?.json()).toEqual({ role: 'editor', version: 3 });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  test('shows the API’s message for a refused e-mail address under the field', async () => {
    answerApi({
      'GET /api/v1/admin/users': json(page),
      'POST /api/v1/admin/users': problem(400, {
        title: 'Ugyldige felter',
        errors: [{ field: 'email', message: 'email skal være en gyldig e-mailadresse.' }],
      }),
    });
    renderPage(<UsersPage />, { path: '/admin' });
    const user = userEvent.setup();

    await user.type(screen.getByRole('textbox', { name: 'E-mailadresse' }), 'kollega@aarhus');
    await user.click(screen.getByRole('button', { name: 'Invitér' }));

    const email = screen.getByRole('textbox', { name: 'E-mailadresse' });
    expect(await screen.findByText('email skal være en gyldig e-mailadresse.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/email skal være en gyldig e-mailadresse\./);
  });

  test('announces an invitation and reads the list again', async () => {
    const requests = answerApi({
      'GET /api/v1/admin/users': json(page),
      'POST /api/v1/admin/users': json({ ...invited, email: 'kollega@aarhus.dk' }, 201),
    });
    renderPage(<UsersPage />, { path: '/admin' });
    const user = userEvent.setup();

    await user.type(screen.getByRole('textbox', { name: 'E-mailadresse' }), 'kollega@aarhus.dk');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rolle' }), 'editor');
    await user.click(screen.getByRole('button', { name: 'Invitér' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('kollega@aarhus.dk er inviteret.'),
    );
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ email: 'kollega@aarhus.dk', role: 'editor' });
    expect(requests.filter((request) => request.method === 'GET')).toHaveLength(2);
  });
});
