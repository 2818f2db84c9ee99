import type { TestApp } from '@socialkompas/testing';
import { DataSource } from 'typeorm';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

const NOTHING_TO_DO = {
  brokenLinks: 0,
  staleOffers: 0,
  offersInReview: 0,
  openErrorReports: 0,
  openUpdateRequests: 0,
  pendingSuggestions: 0,
  pendingRevisions: 0,
  pendingAccessRequests: 0,
  heldOrFailedMail: 0,
};

describe('staff dashboard: what needs attention, counted', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  let schemaA: string;

  const sql = (query: string, parameters: unknown[] = []) =>
    testApp.app.get(DataSource).query(query, parameters);
  const dashboard = async (fixture: CatalogueFixture) =>
    (await fixture.get('/api/v1/admin/dashboard').expect(200)).body;

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('overblik', ['Overblikskommune A', 'Overblikskommune B']));
    schemaA = `"t_${a.slug}"`;
  });

  afterAll(() => testApp.close());

  it('shows nothing to do in a new tenant', async () => {
    expect(await dashboard(a)).toEqual(NOTHING_TO_DO);
  });

  it('counts each kind of work in the tenant, and none of it in another tenant', async () => {
    const organizationId = await a.organization('Overblikforeningen');
    const published = await a.offer({ organizationId, name: 'Spisefællesskab for ældre' });
    const stale = await a.offer({ organizationId, name: 'Gå-gruppe om mandagen' });
    await a.offer({ organizationId, name: 'Samtalegruppe om sorg' }, 'in_review');
    await a
      .post('/api/v1/error-reports', { offerId: published.id, message: 'Adressen er forkert.' })
      .expect(201);
    await a
      .post('/api/v1/offer-suggestions', {
        name: 'Fællesspisning',
        description: 'Vi laver mad sammen hver torsdag.',
        organizationName: 'Madklubben',
        contactName: 'Ole Hansen',
        phone: '20 30 40 50',
      })
      .expect(202);
    await a
      .post('/api/v1/association-access-requests', {
        organizationId,
        name: 'Lone Larsen',
        email: 'lone@overblik.dk',
      })
      .expect(202);
    await sql(
      `INSERT INTO ${schemaA}.offer_revisions (offer_id, base_version, changes, proposed_by) VALUES ($1, 1, '{}', 'forening')`,
      [published.id],
    );
    await sql(`UPDATE ${schemaA}.offers SET stale_since = now() WHERE id = $1`, [stale.id]);
    await sql(`INSERT INTO ${schemaA}.offer_update_requests (offer_id, proposed) VALUES ($1, '{}')`, [
      published.id,
    ]);
    await sql(
      `INSERT INTO ${schemaA}.link_checks (offer_id, url, source, result, failures) VALUES
         ($1, 'https://doed.example/', 'offer_url', 'broken', 3),
         ($1, 'https://fejler.example/', 'description', 'ok', 1),
         ($2, 'https://fin.example/', 'offer_url', 'ok', 0)`,
      [published.id, stale.id],
    );
    await sql(
      `INSERT INTO ${schemaA}.outbox (kind, recipient, subject, text_body, html_body, status) VALUES
         ('reminder', 'a@example.dk', 'Påmindelse', '', '', 'held'),
         ('reminder', 'b@example.dk', 'Påmindelse', '', '', 'failed'),
         ('reminder', 'c@example.dk', 'Påmindelse', '', '', 'sent')`,
    );

    expect(await dashboard(a)).toEqual({
      brokenLinks: 1,
      staleOffers: 1,
      offersInReview: 1,
      openErrorReports: 1,
      openUpdateRequests: 1,
      pendingSuggestions: 1,
      pendingRevisions: 1,
      pendingAccessRequests: 1,
      heldOrFailedMail: 2,
    });
    expect(await dashboard(b)).toEqual(NOTHING_TO_DO);
  });

  it('agrees with the editors’ own lists', async () => {
    const counts = await dashboard(a);
    const total = async (path: string) => (await a.get(path).expect(200)).body.total;
    expect(await total('/api/v1/admin/link-report?result=broken')).toBe(counts.brokenLinks);
    expect(await total('/api/v1/admin/offers?stale=true')).toBe(counts.staleOffers);
    expect(await total('/api/v1/admin/offers?status=in_review')).toBe(counts.offersInReview);
    expect(await total('/api/v1/admin/error-reports')).toBe(counts.openErrorReports);
    expect(await total('/api/v1/admin/update-requests')).toBe(counts.openUpdateRequests);
    expect(await total('/api/v1/admin/offer-suggestions')).toBe(counts.pendingSuggestions);
    expect(await total('/api/v1/admin/offer-revisions')).toBe(counts.pendingRevisions);
    expect(await total('/api/v1/admin/association-access-requests')).toBe(counts.pendingAccessRequests);
    expect(
      (await total('/api/v1/admin/outbox?status=held')) + (await total('/api/v1/admin/outbox?status=failed')),
    ).toBe(counts.heldOrFailedMail);
  });
});
