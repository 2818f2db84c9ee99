import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { CatalogueImportStep } from './catalogue-import-step';
import type { ImportRowPage, ImportView } from './import-api';

const IMPORT_ID = '7c0e4a1b-2d3f-4e5a-8b6c-9d0e1f2a3b4c';

function importView(overrides: Partial<ImportView> = {}): ImportView {
  return {
    id: IMPORT_ID,
    format: 'sheet',
    fileName: 'tilbud.csv',
    status: 'checked',
    progress: { done: 3, total: 3 },
    counts: { create: 2, update: 0, unchanged: 0, invalid: 1 },
    fileProblems: [],
    createdAt: '2026-12-03T09:00:00Z',
    createdBy: 'it@odder.dk',
    ...overrides,
  };
}

const sheet: NonNullable<ImportView['sheet']> = {
  columns: ['Navn', 'Forening', 'Postnummer', 'Mail'],
  sample: [
    ['Strikkeklub', 'Ældre Sagen', '8000', 'strik@example.dk'],
    ['Sorggruppe', 'Kræftens Bekæmpelse', '8200', ''],
  ],
  fields: [
    { key: 'name', label: 'Titel', required: true },
    { key: 'organization', label: 'Forening', required: true },
    { key: 'postalCode', label: 'Postnr', required: false },
    { key: 'email', label: 'E-mail', required: false },
  ],
  mapping: {
    columns: { name: 'Navn', organization: null, postalCode: 'Postnummer', email: null },
    externalIdColumn: null,
  },
};

const problemRows: ImportRowPage = {
  items: [
    {
      row: 3,
      title: 'Sorggruppe',
      action: 'invalid',
      problems: [
        {
          field: 'postalCode',
          severity: 'error',
          message: 'Række 3: Postnr «80000» er ikke et dansk postnummer.',
        },
        {
          field: 'topics.challenge',
          severity: 'warning',
          message: 'Række 3: Emnet «sorg og tab» findes ikke under Udfordring.',
          suggestions: ['Sorg', 'Tab af nærtstående'],
        },
      ],
    },
  ],
  total: 1,
  page: 1,
  size: 20,
};

async function upload(fileName = 'tilbud.csv') {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText('Filer'),
    new File(['Navn;Forening\n'], fileName, { type: 'text/csv' }),
  );
  await user.click(screen.getByRole('button', { name: 'Send og prøvekør' }));
}

describe('the catalogue import step', () => {
  test('uploads the chosen file as multipart `files` to the own tenant’s route', async () => {
    const requests = answerApi({
      'POST /api/v1/admin/imports': json(
        importView({ status: 'checking', progress: { done: 1, total: 3 } }),
        201,
      ),
      [`GET /api/v1/admin/imports/${IMPORT_ID}`]: json(
        importView({ status: 'checking', progress: { done: 1, total: 3 } }),
      ),
    });
    renderPage(<CatalogueImportStep scope={{ kind: 'own' }} />);
    await upload();

    const bar = await screen.findByRole('progressbar', { name: 'Fremdrift' });
    expect(bar).toHaveAttribute('aria-valuenow', '33');
    expect(screen.getByText('1 af 3 rækker')).toBeInTheDocument();
    const sent = requests.find((request) => request.method === 'POST') as Request;
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    // (jsdom's File cannot be read back from a Node Request here; the multipart boundary shows the form.)
  });

  test('asks for a file before uploading anything', async () => {
    const requests = answerApi({});
    renderPage(<CatalogueImportStep scope={{ kind: 'own' }} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send og prøvekør' }));
    expect(screen.getByText('Vælg mindst én fil.')).toBeInTheDocument();
    expect(screen.getByLabelText('Filer')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toHaveLength(0);
  });

  test('maps a sheet’s columns: suggestions preselected, required fields marked and demanded, the sample shown', async () => {
    let saved: unknown;
    answerApi({
      'POST /api/v1/platform/tenants/odder/imports': json(
        importView({ status: 'needs_mapping', sheet }),
        201,
      ),
      [`GET /api/v1/platform/tenants/odder/imports/${IMPORT_ID}`]: json(
        importView({ status: 'needs_mapping', sheet }),
      ),
      [`PUT /api/v1/platform/tenants/odder/imports/${IMPORT_ID}/mapping`]: async (request) => {
        saved = await request.json();
        return json(importView({ status: 'checking', progress: { done: 0, total: 2 }, sheet }));
      },
    });
    renderPage(<CatalogueImportStep scope={{ kind: 'platform', slug: 'odder' }} />);
    await upload();

    const title = await screen.findByRole('combobox', { name: 'Titel *' });
    expect(title).toHaveValue('Navn');
    expect(screen.getByRole('combobox', { name: 'Postnr' })).toHaveValue('Postnummer');
    const sample = screen.getByRole('table', { name: 'De første rækker i arket' });
    expect(within(sample).getByRole('rowheader', { name: 'Strikkeklub' })).toBeInTheDocument();
    expect(within(sample).getByText('Kræftens Bekæmpelse')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Gem og prøvekør' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Vælg en kolonne til Forening.' })).toHaveAttribute(
      'href',
      '#import-column-organization',
    );
    expect(saved).toBeUndefined();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Forening *' }), 'Forening');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kolonne med tilbuddets faste id' }),
      'Mail',
    );
    await user.click(screen.getByRole('button', { name: 'Gem og prøvekør' }));
    await screen.findByRole('progressbar');
    expect(saved).toEqual({
      columns: { name: 'Navn', organization: 'Forening', postalCode: 'Postnummer', email: null },
      externalIdColumn: 'Mail',
    });
  });

  test('shows the dry run’s problems at their row and field in Danish, and imports only after confirming the counts', async () => {
    let applied = false;
    answerApi({
      'POST /api/v1/admin/imports': json(importView(), 201),
      [`GET /api/v1/admin/imports/${IMPORT_ID}`]: () =>
        json(
          applied
            ? importView({ status: 'applied', counts: { create: 2, update: 0, unchanged: 0, invalid: 1 } })
            : importView(),
        ),
      [`GET /api/v1/admin/imports/${IMPORT_ID}/rows`]: json(problemRows),
      [`POST /api/v1/admin/imports/${IMPORT_ID}/apply`]: () => {
        applied = true;
        return json(importView({ status: 'applying', progress: { done: 0, total: 3 } }), 202);
      },
    });
    renderPage(<CatalogueImportStep scope={{ kind: 'own' }} />);
    await upload();

    expect(await screen.findByText('Prøvekørsel af tilbud.csv')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Rækker med problemer' });
    const row = within(table).getByRole('row', { name: /Sorggruppe/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('3');
    expect(row).toHaveTextContent('Fejl: Række 3: Postnr «80000» er ikke et dansk postnummer.');
    expect(row).toHaveTextContent(
      'Advarsel: Række 3: Emnet «sorg og tab» findes ikke under Udfordring. Mente du: Sorg, Tab af nærtstående?',
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Importér' }));
    expect(applied).toBe(false);
    expect(
      screen.getByText(
        'Importér nu? 2 tilbud oprettes, 0 opdateres, 0 er uændrede, og 1 rækker med fejl springes over.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, importér' }));

    expect(await screen.findByRole('progressbar', { name: 'Fremdrift' })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    expect(await screen.findByText('Importen er gennemført', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se tilbuddene' })).toHaveAttribute('href', '/personale/tilbud');
    await waitFor(() => expect(applied).toBe(true));
  });

  test('names what is wrong with a file it could not read', async () => {
    const failed = importView({
      status: 'failed',
      fileProblems: [
        { field: 'file', severity: 'error', message: 'Filen er hverken UTF-8 eller Windows-1252.' },
      ],
    });
    answerApi({
      'POST /api/v1/admin/imports': json(failed, 201),
      [`GET /api/v1/admin/imports/${IMPORT_ID}`]: json(failed),
    });
    renderPage(<CatalogueImportStep scope={{ kind: 'own' }} />);
    await upload('gammel.csv');
    expect(await screen.findByText('Filen kunne ikke læses')).toBeInTheDocument();
    expect(screen.getByText(/Filen er hverken UTF-8 eller Windows-1252\./)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Importér en anden fil' }));
    expect(screen.getByLabelText('Filer')).toBeInTheDocument();
  });
});
