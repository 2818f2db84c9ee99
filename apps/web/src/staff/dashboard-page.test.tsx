import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen } from '@testing-library/react';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';
import { editorSession } from '../test-support/staff-session';
import { DashboardPage } from './dashboard-page';

describe('the editors’ overview', () => {
  test('counts each list in words that agree with the number', async () => {
    answerApi({
      'GET /api/v1/me': json(editorSession),
      'GET /api/v1/admin/dashboard': json({
        offersInReview: 0,
        pendingRevisions: 1,
        pendingSuggestions: 2,
        pendingAccessRequests: 1,
        openErrorReports: 2,
        openUpdateRequests: 1,
        brokenLinks: 1,
        staleOffers: 3,
        heldOrFailedMail: 0,
      }),
    });
    renderPage(<DashboardPage />, { path: '/personale' });

    expect(
      await screen.findByRole('link', { name: '1 rettelse fra en forenings bruger' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1 rettelse sendt fra et påmindelseslink' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1 dødt link' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2 fejlmeldinger fra borgere' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2 forslag til nye tilbud' })).toBeInTheDocument();
  });
});
