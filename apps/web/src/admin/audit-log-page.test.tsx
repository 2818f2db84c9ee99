import { describe, expect, test } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { screen, within } from '@testing-library/react';
import type { AuditLogPage } from './admin-api';
import { AuditLogPage as AuditLog } from './audit-log-page';
import { answerApi, json } from '../test-support/fetch-stub';
import { renderPage } from '../test-support/render-page';

type Entry = AuditLogPage['items'][number];
const OFFER_ID = '3f1d7c2a-5b6e-4a8f-9c0d-1e2f3a4b5c6d';

let entries = 0;

function entry(overrides: Partial<Entry>): Entry {
  entries += 1;
  return {
    id: String(entries),
    entityType: 'offer',
    entityId: OFFER_ID,
    entityLabel: 'Sorggruppe for voksne',
    action: 'update',
    actor: 'Rikke R.',
    actorName: 'Rikke Redaktør',
    actorUserId: 'b1c2d3e4-0000-4000-8000-000000000009',
    ip: '10.0.0.7',
    changes: {},
    changedAt: '2026-11-24T16:30:00.000Z',
    ...overrides,
  };
}

async function sentences(items: Entry[]): Promise<string[]> {
  answerApi({ 'GET /api/v1/admin/audit-log': json({ items, total: items.length, page: 1, size: 50 }) });
  renderPage(<AuditLog />, { path: '/admin/log' });
  const table = await screen.findByRole('table', { name: /Hændelser/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelectorAll('td')[1].textContent ?? '');
}

describe('the audit log', () => {
  test('says who did what in a Danish sentence, with the changed fields in words and a link to the offer', async () => {
    const [sentence] = await sentences([
      entry({
        changes: {
          feeAmount: { from: null, to: 50 },
          isFree: { from: true, to: false },
          schedules: { from: [], to: [{ byday: ['TU'] }] },
          version: { from: 3, to: 4 },
          updatedAt: { from: 'a', to: 'b' },
        },
      }),
    ]);
    expect(sentence).toBe('Redigerede tilbuddet «Sorggruppe for voksne»: pris, åbningstider');
    const row = screen.getByRole('row', { name: /Redigerede/ });
    expect(within(row).getByRole('link', { name: 'tilbuddet «Sorggruppe for voksne»' })).toHaveAttribute(
      'href',
      `/personale/tilbud/${OFFER_ID}`,
    );
    expect(within(row).getByRole('rowheader')).toHaveTextContent('24. nov. 2026, 17.30');
    expect(row).toHaveTextContent('Rikke Redaktør');
    expect(row).not.toHaveTextContent('Rikke R.');
  });

  test('has a sentence for every kind of change, and a readable one for an action it does not know', async () => {
    expect(
      await sentences([
        entry({ action: 'publish' }),
        entry({ action: 'confirm' }),
        entry({ entityType: 'organization', action: 'archive', entityLabel: 'Sorgforeningen' }),
        entry({
          entityType: 'taxonomy_term',
          action: 'update',
          entityLabel: 'Ensomhed',
          changes: { synonyms: {} },
        }),
        entry({ entityType: 'offer_suggestion', action: 'reject', entityLabel: 'Strikkecafé' }),
        entry({
          entityType: 'membership',
          action: 'change_role',
          entityLabel: 'Mette Medarbejder',
          changes: { role: { from: 'staff', to: 'editor' } },
        }),
        entry({
          entityType: 'membership',
          action: 'invite',
          entityLabel: 'ny@aarhus.dk',
          changes: { email: 'ny@aarhus.dk', role: 'staff' },
        }),
        entry({ entityType: 'user', action: 'login', entityLabel: 'Rikke Redaktør' }),
        entry({ entityType: 'user', entityId: null, action: 'login_failed', entityLabel: null }),
        entry({
          entityType: 'tenant',
          action: 'update_settings',
          entityLabel: null,
          changes: { staleAfterDays: { from: 180, to: 90 }, contactPhone: { from: null, to: '89402000' } },
        }),
        entry({
          entityType: 'tenant',
          action: 'add_domain',
          entityLabel: null,
          changes: { host: 'tilbud.aarhus.dk' },
        }),
        entry({ entityType: 'tenant', action: 'suspend', entityLabel: 'Odder Kommune' }),
        entry({ action: 'update', entityLabel: null, changes: { name: {}, somethingNew: {} } }),
        entry({ action: 'merge_offers' }),
      ]),
    ).toEqual([
      'Offentliggjorde tilbuddet «Sorggruppe for voksne»',
      'Bekræftede, at tilbuddet «Sorggruppe for voksne» stadig er aktuelt',
      'Arkiverede foreningen «Sorgforeningen»',
      'Redigerede emneordet «Ensomhed»: synonymer',
      'Afviste forslaget «Strikkecafé»',
      'Gav Mette Medarbejder rollen redaktør',
      'Inviterede ny@aarhus.dk som medarbejder',
      'Loggede ind',
      'Blev afvist ved login',
      'Ændrede indstillingerne: dage før påmindelse, telefon til borgerne',
      'Tilføjede adressen tilbud.aarhus.dk til kommunen',
      'Lukkede Odder Kommune midlertidigt',
      'Redigerede et tilbud: navn, andre oplysninger',
      'Handlingen "merge_offers" på tilbuddet «Sorggruppe for voksne»',
    ]);
  });

  test('tells what associations and their editors did, naming the offer or association', async () => {
    expect(
      await sentences([
        entry({ entityType: 'offer_revision', action: 'propose', entityLabel: 'Strikkecafé' }),
        entry({ entityType: 'offer_revision', action: 'approve', entityLabel: 'Strikkecafé' }),
        entry({ entityType: 'access_request', action: 'request_access', entityLabel: 'Strikkeklubben' }),
        entry({ entityType: 'access_request', action: 'approve', entityLabel: null }),
        entry({
          entityType: 'membership',
          action: 'invite',
          entityLabel: 'lise@strikkeklubben.dk',
          changes: { email: 'lise@strikkeklubben.dk', role: 'association' },
        }),
      ]),
    ).toEqual([
      'Foreslog en rettelse af tilbuddet «Strikkecafé»',
      'Godkendte en rettelse af tilbuddet «Strikkecafé»',
      'Sendte en anmodning om adgang til «Strikkeklubben»',
      'Godkendte en anmodning om adgang',
      'Inviterede lise@strikkeklubben.dk som foreningsbruger',
    ]);
  });

  test('filters by actions named in words', async () => {
    await sentences([entry({})]);
    const action = screen.getByRole('combobox', { name: 'Handling' });
    expect(within(action).getByRole('option', { name: 'Redigerede …' })).toHaveValue('update');
    expect(within(action).getByRole('option', { name: 'Gav … rollen …' })).toHaveValue('change_role');
  });
});
