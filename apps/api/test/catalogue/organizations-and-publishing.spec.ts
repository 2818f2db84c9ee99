import type { TestApp } from '@socialkompas/testing';
import { DataSource } from 'typeorm';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

/** Associations as editors keep them, and publishing an offer so that citizens can really find it. */
describe('associations and publishing their offers', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;

  const draftOrganization = async (fields: Record<string, unknown>) =>
    (await a.post('/api/v1/organizations', fields).expect(201)).body;
  const draftOffer = (organizationId: string, name: string) =>
    a.offer(
      { organizationId, name, summary: 'Et tilbud til test.', locations: [{ postalCode: '8000' }] },
      'draft',
    );
  const foundBySearch = async (fixture: CatalogueFixture, q: string, id: string) =>
    (await fixture.get(`/api/v1/offers?q=${encodeURIComponent(q)}`).expect(200)).body.items.some(
      (item: { id: string }) => item.id === id,
    );

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('foreninger', ['Foreningskommune A', 'Foreningskommune B']));
  });

  afterAll(() => testApp.close());

  it('keeps every field of an association, trusted included, and records the change', async () => {
    const created = await draftOrganization({
      name: 'Frivilligcentret Sorgstøtte',
      taxId: '12345678',
      description: 'Samtaler for efterladte.',
      website: 'https://sorgstotte.dk',
      email: 'kontakt@sorgstotte.dk',
      phone: '+45 86 12 34 56',
    });
    expect(created).toMatchObject({ status: 'draft', trusted: false, taxId: '12345678' });
    const trusted = await a
      .patch(`/api/v1/organizations/${created.id}`, { version: created.version, trusted: true })
      .expect(200);
    expect(trusted.body).toMatchObject({ trusted: true, version: created.version + 1 });
    const stale = await a
      .patch(`/api/v1/organizations/${created.id}`, { version: created.version, trusted: false })
      .expect(409);
    expect(stale.body.current).toMatchObject({ trusted: true });

    const audit = (await a.get(`/api/v1/admin/audit-log?entityType=organization&entityId=${created.id}`)).body
      .items;
    expect(audit[0]).toMatchObject({ action: 'update', changes: { trusted: { from: false, to: true } } });

    // Citizens never see the editors' flag.
    const published = await a
      .post(`/api/v1/organizations/${created.id}/publish`, { version: trusted.body.version })
      .expect(201);
    const seen = (await a.get(`/api/v1/organizations/${created.id}`).expect(200)).body;
    expect(seen).toMatchObject({ name: 'Frivilligcentret Sorgstøtte' });
    expect(seen).not.toHaveProperty('trusted');
    expect((await a.get('/api/v1/organizations').expect(200)).body.items[0]).not.toHaveProperty('trusted');
    expect(published.body.status).toBe('published');
  });

  it('names the Danish label of each field it refuses', async () => {
    const refused = await a
      .post('/api/v1/organizations', { name: 'X', taxId: '1234', email: 'ikke-en-adresse', trusted: 'ja' })
      .expect(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'Navn skal være mellem 2 og 200 tegn.' },
        { field: 'taxId', message: 'CVR-nummer skal være 8 cifre.' },
        { field: 'email', message: 'E-mail skal være en gyldig e-mailadresse.' },
        { field: 'trusted', message: 'Betroet forening skal være true eller false.' },
      ]),
    );
  });

  it('lists associations for editors by status, name or CVR number, with their offers counted', async () => {
    const organization = await draftOrganization({ name: 'Strikkeklubben Maske', taxId: '87654321' });
    await draftOffer(organization.id, 'Strik og snak');
    await draftOffer(organization.id, 'Strik for begyndere');
    const byName = (await a.get('/api/v1/admin/organizations?q=maske').expect(200)).body;
    expect(byName).toMatchObject({
      total: 1,
      items: [
        {
          id: organization.id,
          offerCounts: { draft: 2, in_review: 0, published: 0, archived: 0 },
          trusted: false,
        },
      ],
    });
    const byCvr = (await a.get('/api/v1/admin/organizations?q=8765%204321').expect(200)).body;
    expect(byCvr.items.map((item: { id: string }) => item.id)).toEqual([organization.id]);
    const drafts = (await a.get('/api/v1/admin/organizations?status=draft').expect(200)).body;
    expect(drafts.items.every((item: { status: string }) => item.status === 'draft')).toBe(true);
    expect(drafts.items.map((item: { id: string }) => item.id)).toContain(organization.id);
    const itsOffers = (await a.get(`/api/v1/admin/offers?organizationId=${organization.id}`).expect(200))
      .body;
    expect(itsOffers.total).toBe(2);
    await a.get('/api/v1/admin/organizations?status=udgivet').expect(400);
  });

  it('refuses to publish an offer of an unpublished association, saying what to do', async () => {
    const organization = await draftOrganization({ name: 'Foreningen Ny Start' });
    const offer = await draftOffer(organization.id, 'Gåtur for nybagte fædre');
    const before = (await a.get(`/api/v1/admin/offers/${offer.id}`).expect(200)).body;
    expect(before).toMatchObject({
      visibleToCitizens: false,
      hiddenBecause: ['offer_not_published', 'organization_not_published'],
      organization: { status: 'draft' },
    });

    const refused = await a
      .post(`/api/v1/offers/${offer.id}/publish`, { version: offer.version })
      .expect(409);
    expect(refused.body).toMatchObject({
      title: 'Foreningen er ikke offentliggjort',
      organization: { id: organization.id, name: 'Foreningen Ny Start', status: 'draft' },
    });
    expect(refused.body.detail).toContain('Offentliggør foreningen og tilbuddet sammen');
    const unchanged = (await a.get(`/api/v1/admin/offers/${offer.id}`).expect(200)).body;
    expect(unchanged).toMatchObject({ status: 'draft', version: offer.version });
    await a.get(`/api/v1/offers/${offer.id}`).expect(404);
  });

  it('publishes the offer and its association together when asked, so citizens find it', async () => {
    const organization = await draftOrganization({ name: 'Foreningen Fædrenetværket' });
    const offer = await draftOffer(organization.id, 'Fædregruppe med barnevogn');
    const published = await a
      .post(`/api/v1/offers/${offer.id}/publish`, { version: offer.version, publishOrganization: true })
      .expect(201);
    expect(published.body).toMatchObject({
      status: 'published',
      visibleToCitizens: true,
      hiddenBecause: [],
      organization: { status: 'published' },
    });
    const seen = await a.get(`/api/v1/offers/${offer.id}`).expect(200);
    expect(seen.body).not.toHaveProperty('visibleToCitizens');
    expect(await foundBySearch(a, 'fædregruppe barnevogn', offer.id)).toBe(true);

    const organizationAudit = (
      await a.get(`/api/v1/admin/audit-log?entityType=organization&entityId=${organization.id}`)
    ).body.items;
    expect(organizationAudit[0]).toMatchObject({
      action: 'publish',
      changes: { status: { from: 'draft', to: 'published' } },
    });
    const offerAudit = (await a.get(`/api/v1/admin/audit-log?entityType=offer&entityId=${offer.id}`)).body
      .items;
    expect(offerAudit[0]).toMatchObject({
      action: 'publish',
      changes: { publishedWithOrganization: organization.id },
    });
  });

  it('says an offer hidden as stale, or of an archived association, cannot be found, and search agrees', async () => {
    const organization = await draftOrganization({ name: 'Foreningen Glemt' });
    const offer = await draftOffer(organization.id, 'Læsekreds om torsdagen');
    const published = await a
      .post(`/api/v1/offers/${offer.id}/publish`, { version: offer.version, publishOrganization: true })
      .expect(201);
    expect(await foundBySearch(a, 'læsekreds', offer.id)).toBe(true);
    // As the freshness pass does with a tenant that hides stale offers.
    await testApp.app
      .get(DataSource)
      .query(`UPDATE "t_${a.slug}".offers SET stale_since = now(), hidden_as_stale = true WHERE id = $1`, [
        offer.id,
      ]);
    const stale = (await a.get(`/api/v1/admin/offers/${offer.id}`).expect(200)).body;
    expect(stale).toMatchObject({ visibleToCitizens: false, hiddenBecause: ['hidden_as_stale'] });

    const current = (await a.get(`/api/v1/admin/organizations/${organization.id}`).expect(200)).body;
    await a
      .post(`/api/v1/organizations/${organization.id}/archive`, { version: current.version })
      .expect(201);
    const archived = (await a.get(`/api/v1/admin/offers/${offer.id}`).expect(200)).body;
    expect(archived.hiddenBecause).toEqual(['organization_not_published', 'hidden_as_stale']);
    expect(await foundBySearch(a, 'læsekreds', offer.id)).toBe(false);
    expect(published.body.visibleToCitizens).toBe(true);
  });

  it('publishes nothing when the offer’s version is stale, the association included', async () => {
    const organization = await draftOrganization({ name: 'Foreningen Gammel Version' });
    const offer = await draftOffer(organization.id, 'Kortspil om tirsdagen');
    await a.patch(`/api/v1/offers/${offer.id}`, { version: offer.version, summary: 'Ændret.' }).expect(200);
    await a
      .post(`/api/v1/offers/${offer.id}/publish`, { version: offer.version, publishOrganization: true })
      .expect(409);
    expect((await a.get(`/api/v1/admin/organizations/${organization.id}`).expect(200)).body.status).toBe(
      'draft',
    );
  });

  it('refuses an archived association’s offer even when asked to publish both', async () => {
    const organization = await draftOrganization({ name: 'Foreningen Lukket' });
    const offer = await draftOffer(organization.id, 'Sidste sæson');
    await a
      .post(`/api/v1/organizations/${organization.id}/archive`, { version: organization.version })
      .expect(201);
    const refused = await a
      .post(`/api/v1/offers/${offer.id}/publish`, { version: offer.version, publishOrganization: true })
      .expect(409);
    expect(refused.body.detail).toContain('er arkiveret');
    await a
      .post(`/api/v1/offers/${offer.id}/publish`, { version: offer.version, publishOrganization: 'ja' })
      .expect(400);
  });

  it('copies the place of a new association’s suggestion into the draft, to check, and publishes it', async () => {
    await a
      .http()
      .post('/api/v1/offer-suggestions')
      .set('Host', a.host)
      .set('X-Forwarded-For', '10.1.2.3')
      .send({
        name: 'Havefællesskab for ensomme',
        description: 'Vi luger, sår og drikker kaffe sammen i haven.',
        organizationName: 'Haveforeningen Solsikken',
        contactName: 'Mette Jensen',
        email: 'mette@solsikken.dk',
        where: 'Solsikkehaven, Vestergade 5, 8000 Aarhus C',
      })
      .expect(202);
    const [suggestion] = (await a.get('/api/v1/admin/offer-suggestions').expect(200)).body.items;
    expect(suggestion.place).toEqual({
      name: 'Solsikkehaven',
      address1: 'Vestergade 5',
      postalCode: '8000',
      city: 'Aarhus C',
    });
    await b.post(`/api/v1/admin/offer-suggestions/${suggestion.id}/accept`, {}).expect(404);
    const { offerId } = (
      await a.post(`/api/v1/admin/offer-suggestions/${suggestion.id}/accept`, {}).expect(200)
    ).body;
    const draft = (await a.get(`/api/v1/admin/offers/${offerId}`).expect(200)).body;
    expect(draft.locations).toEqual([
      expect.objectContaining({
        name: 'Solsikkehaven',
        address1: 'Vestergade 5',
        postalCode: '8000',
        city: 'Aarhus C',
        needsCheck: true,
      }),
    ]);
    expect(draft.organization).toMatchObject({ name: 'Haveforeningen Solsikken', status: 'draft' });

    const published = await a
      .post(`/api/v1/offers/${offerId}/publish`, { version: draft.version, publishOrganization: true })
      .expect(201);
    expect(published.body.visibleToCitizens).toBe(true);
    await a.get(`/api/v1/offers/${offerId}`).expect(200);
    expect(await foundBySearch(a, 'havefællesskab', offerId)).toBe(true);

    // Saving the places is the editor standing behind them.
    const { locations } = published.body;
    const saved = await a
      .patch(`/api/v1/offers/${offerId}`, {
        version: published.body.version,
        locations: [{ name: locations[0].name, address1: 'Vestergade 7', postalCode: '8000' }],
      })
      .expect(200);
    expect(saved.body.offer.locations).toEqual([
      expect.objectContaining({ address1: 'Vestergade 7', needsCheck: false }),
    ]);
  });

  it('never shows, changes or publishes one tenant’s association or offer from another tenant’s host', async () => {
    const organization = await draftOrganization({ name: 'Kun i kommune A' });
    const offer = await draftOffer(organization.id, 'Kun her');
    await b.get(`/api/v1/admin/organizations/${organization.id}`).expect(404);
    await b
      .patch(`/api/v1/organizations/${organization.id}`, { version: organization.version, trusted: true })
      .expect(404);
    await b
      .post(`/api/v1/organizations/${organization.id}/publish`, { version: organization.version })
      .expect(404);
    await b
      .post(`/api/v1/offers/${offer.id}/publish`, { version: offer.version, publishOrganization: true })
      .expect(404);
    expect((await b.get('/api/v1/admin/organizations?q=kommune').expect(200)).body.total).toBe(0);
    expect(
      (await b.get(`/api/v1/admin/offers?organizationId=${organization.id}`).expect(200)).body.total,
    ).toBe(0);
    const still = (await a.get(`/api/v1/admin/organizations/${organization.id}`).expect(200)).body;
    expect(still).toMatchObject({ status: 'draft', trusted: false, version: organization.version });
  });
});
