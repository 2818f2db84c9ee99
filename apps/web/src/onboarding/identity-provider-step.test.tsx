import { describe, expect, jest, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { answerApi, json, problem } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { IdentityProviderStep } from './identity-provider-step';

const ENTRA_ISSUER = 'https://login.microsoftonline.com/3f2504e0-4f89-11d3-9a0c-0305e82c3301/v2.0';
const PLATFORM = '/api/v1/platform/tenants/odder/oidc';
const registration = (developmentIdpAvailable: boolean) =>
  json({
    redirectUri: 'http://odder.localhost:3000/auth/callback',
    postLogoutRedirectUri: 'http://odder.localhost:3000/',
    developmentIdpAvailable,
  });
const notSetUp = () =>
  problem(404, { title: 'Ikke sat op', detail: 'odder har ingen identitetsudbyder endnu.' });

const savedConfig = {
  preset: 'keycloak',
  issuer: 'https://idp.odder.dk/realms/odder',
  clientId: 'socialkompas',
  clientSecret: { source: 'stored' },
  scopes: ['email', 'profile'],
  claimMapping: { groups: 'roller' },
  selfProvisioning: false,
  allowedOrigins: [],
  lastTest: { at: '2026-12-01T09:30:00.000Z', ok: true },
  updatedAt: '2026-12-01T09:00:00.000Z',
};

const requestsTo = (requests: Request[], method: string, path: string) =>
  requests.filter((request) => request.method === method && new URL(request.url).pathname === path);

describe('the identity provider step', () => {
  test('checks the issuer form of the preset before testing, then shows the report step by step', async () => {
    const requests = answerApi({
      [`GET ${PLATFORM}`]: notSetUp(),
      [`GET ${PLATFORM}/registration`]: registration(true),
      [`POST ${PLATFORM}/test`]: json({
        ok: false,
        issuer: ENTRA_ISSUER,
        saved: false,
        testedAt: '2026-12-03T09:00:00.000Z',
        steps: [
          { step: 'address', ok: true, message: 'login.microsoftonline.com ligger på en offentlig adresse.' },
          { step: 'discovery', ok: true, message: 'Discovery-dokumentet blev hentet.' },
          {
            step: 'origins',
            ok: false,
            message: 'token_endpoint (https://andet.example/token) ligger ikke på udstederens adresse.',
          },
        ],
      }),
    });
    const user = userEvent.setup();
    renderPage(<IdentityProviderStep scope={{ kind: 'platform', slug: 'odder' }} />);

    const issuer = await screen.findByLabelText('Udsteder (issuer)');
    expect(screen.getByRole('radio', { name: 'Udviklings-IdP (kun demo)' })).toBeInTheDocument();
    await user.type(issuer, 'https://login.microsoftonline.com/common/v2.0');
    await user.click(screen.getByRole('button', { name: 'Test forbindelse' }));
    expect(issuer).toHaveAttribute('aria-invalid', 'true');
    expect(issuer).toHaveAccessibleDescription(/Udstederen har ikke den form, Microsoft Entra ID kræver/);
    expect(requestsTo(requests, 'POST', `${PLATFORM}/test`)).toHaveLength(0);

    await user.clear(issuer);
    await user.type(issuer, ENTRA_ISSUER);
    await user.click(screen.getByRole('button', { name: 'Test forbindelse' }));
    expect(
      await screen.findByRole('heading', { name: 'Forbindelsen virker ikke endnu' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/token_endpoint \(https:\/\/andet\.example\/token\) ligger ikke/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Discovery-dokumentet blev hentet/)).toBeInTheDocument();
    const [sent] = requestsTo(requests, 'POST', `${PLATFORM}/test`);
    expect(await sent.json()).toEqual({ issuer: ENTRA_ISSUER, preset: 'entra_id' });
  });

  test('saves the configuration, then forgets the secret it was given', async () => {
    const requests = answerApi({
      [`GET ${PLATFORM}`]: notSetUp(),
      [`GET ${PLATFORM}/registration`]: registration(false),
      [`PUT ${PLATFORM}`]: json({
        ...savedConfig,
        preset: 'entra_id',
        issuer: ENTRA_ISSUER,
        lastTest: undefined,
      }),
    });
    const onDone = jest.fn();
    const user = userEvent.setup();
    renderPage(<IdentityProviderStep scope={{ kind: 'platform', slug: 'odder' }} onDone={onDone} />);

    await user.type(await screen.findByLabelText('Udsteder (issuer)'), ENTRA_ISSUER);
    await user.type(screen.getByLabelText('Klient-id'), 'socialkompas');
    const secret = screen.getByLabelText('Klienthemmelighed');
    await user.type(secret, 'meget-hemmelig');
    await user.click(screen.getByRole('button', { name: 'Gem login-opsætning' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(secret).toHaveValue('');
    expect(await screen.findByText('Login-opsætningen er gemt.')).toBeInTheDocument();
    const [saved] = requestsTo(requests, 'PUT', PLATFORM);
    expect(await saved.json()).toEqual({
      preset: 'entra_id',
      issuer: ENTRA_ISSUER,
      clientId: 'socialkompas',
      clientSecret: 'meget-hemmelig',
    });
    expect(screen.queryByRole('radio', { name: 'Udviklings-IdP (kun demo)' })).not.toBeInTheDocument();
  });

  test('lists the API’s refusal in a summary whose link leads to the field', async () => {
    answerApi({
      [`GET ${PLATFORM}`]: notSetUp(),
      [`GET ${PLATFORM}/registration`]: registration(false),
      [`PUT ${PLATFORM}`]: problem(400, {
        title: 'Ugyldige oplysninger',
        detail: 'issuer: Adressen https://10.0.0.1 er spærret.',
        errors: [{ field: 'issuer', message: 'Adressen https://10.0.0.1 er spærret.' }],
      }),
    });
    const user = userEvent.setup();
    renderPage(<IdentityProviderStep scope={{ kind: 'platform', slug: 'odder' }} />);

    await user.click(await screen.findByRole('radio', { name: 'Anden OpenID Connect-udbyder' }));
    const issuer = screen.getByLabelText('Udsteder (issuer)');
    await user.type(issuer, 'https://10.0.0.1');
    await user.type(screen.getByLabelText('Klient-id'), 'socialkompas');
    await user.click(screen.getByRole('button', { name: 'Gem login-opsætning' }));

    const link = await screen.findByRole('link', { name: 'Adressen https://10.0.0.1 er spærret.' });
    await user.click(link);
    expect(issuer).toHaveFocus();
    expect(issuer).toHaveAttribute('aria-invalid', 'true');
  });

  test('shows a tenant administrator the saved set-up, the addresses to register and the last test', async () => {
    answerApi({
      'GET /api/v1/admin/oidc': json(savedConfig),
      'GET /api/v1/admin/oidc/registration': registration(true),
    });
    renderPage(<IdentityProviderStep scope={{ kind: 'own' }} />);

    expect(await screen.findByLabelText('Udsteder (issuer)')).toHaveValue(
      'https://idp.odder.dk/realms/odder',
    );
    expect(screen.getByRole('radio', { name: 'Keycloak' })).toBeChecked();
    // The development IdP is the platform's choice, not the tenant's.
    expect(screen.queryByRole('radio', { name: 'Udviklings-IdP (kun demo)' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Klienthemmelighed')).toHaveValue('');
    expect(screen.getByLabelText('Klienthemmelighed')).toHaveAccessibleDescription(/En hemmelighed er gemt/);
    expect(screen.getByText('http://odder.localhost:3000/auth/callback')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kopiér Post-logout-redirect-URI' })).toBeInTheDocument();
    expect(screen.getByText(/Sidst testet .*: forbindelsen virkede\./)).toBeInTheDocument();
  });

  test('has no WCAG 2.1 A/AA violation axe can find without a layout, with a report and an error shown', async () => {
    answerApi({
      [`GET ${PLATFORM}`]: notSetUp(),
      [`GET ${PLATFORM}/registration`]: registration(true),
      [`POST ${PLATFORM}/test`]: json({
        ok: true,
        issuer: ENTRA_ISSUER,
        saved: false,
        testedAt: '2026-12-03T09:00:00.000Z',
        steps: [{ step: 'jwks', ok: true, message: 'Nøglesættet har 1 nøgle til signering.' }],
      }),
      [`PUT ${PLATFORM}`]: problem(400, {
        title: 'Ugyldige oplysninger',
        errors: [{ field: 'clientId', message: 'clientId skal være 1-200 tegn.' }],
      }),
    });
    const user = userEvent.setup();
    const { container } = renderPage(<IdentityProviderStep scope={{ kind: 'platform', slug: 'odder' }} />);
    await user.type(await screen.findByLabelText('Udsteder (issuer)'), ENTRA_ISSUER);
    await user.click(screen.getByRole('button', { name: 'Test forbindelse' }));
    await screen.findByRole('heading', { name: 'Forbindelsen virker' });
    await user.click(screen.getByRole('button', { name: 'Gem login-opsætning' }));
    await screen.findByRole('link', { name: 'clientId skal være 1-200 tegn.' });

    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom has no layout: colours are checked in the browser tests.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('chooses the development IdP in one action in the demo', async () => {
    const requests = answerApi({
      [`GET ${PLATFORM}`]: notSetUp(),
      [`GET ${PLATFORM}/registration`]: registration(true),
      [`POST ${PLATFORM}/development`]: json({ ...savedConfig, preset: 'development', lastTest: undefined }),
    });
    const onDone = jest.fn();
    const user = userEvent.setup();
    renderPage(<IdentityProviderStep scope={{ kind: 'platform', slug: 'odder' }} onDone={onDone} />);

    await user.click(await screen.findByRole('radio', { name: 'Udviklings-IdP (kun demo)' }));
    expect(screen.queryByLabelText('Udsteder (issuer)')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Brug udviklings-IdP’en' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(requestsTo(requests, 'POST', `${PLATFORM}/development`)).toHaveLength(1);
    expect(await screen.findByText('Kommunen logger nu ind via udviklings-IdP’en.')).toBeInTheDocument();
  });
});
