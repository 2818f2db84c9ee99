import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen } from '@testing-library/react';
import { answerApi } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { ImportExportPage } from './import-export-page';

describe('the import and export page', () => {
  test('offers the import and both export downloads of the own tenant', async () => {
    answerApi({});
    renderPage(<ImportExportPage />, { path: '/admin/import' });
    expect(screen.getByRole('heading', { level: 1, name: 'Import og eksport' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Importér tilbud' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hent datapakke (.zip)' })).toHaveAttribute(
      'href',
      '/api/v1/admin/export?format=hsds-package',
    );
    expect(screen.getByRole('link', { name: 'Hent HSDS JSON' })).toHaveAttribute(
      'href',
      '/api/v1/admin/export?format=hsds-json',
    );
  });
});
