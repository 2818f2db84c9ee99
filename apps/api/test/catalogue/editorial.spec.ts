import type { TestApp } from '@socialkompas/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

describe('editorial API', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  let organizationId: string;
  let offer: { id: string; version: number };

  const validOffer = () => ({
    organizationId,
    name: 'Sorggruppe for efterladte',
    summary: 'Mød andre, der har mistet.',
    termIds: [a.term('challenge', 'sorg'), a.term('activity', 'samtalegruppe')],
    locations: [{ postalCode: '8000', address1: 'Mejlgade 1' }],
    contacts: [{ name: 'Mette Jensen', title: 'Frivilligkoordinator', email: 'mette@sorg.dk' }],
    schedules: [{ byday: ['TU'], opensAt: '17:00', closesAt: '19:00' }],
    scheduleDescription: 'Hver tirsdag kl. 17-19',
  });

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('edit', ['Redaktionskommune A', 'Redaktionskommune B']));
    await a.loadTaxonomy();
    organizationId = await a.organization('Sorgforeningen');
    const created = await a.post('/api/v1/offers', validOffer()).expect(201);
    offer = created.body.offer;
  });

  afterAll(() => testApp.close());

  it('creates a draft with its places, people and times, hidden from the public', async () => {
    const stored = (await a.get(`/api/v1/admin/offers/${offer.id}`).expect(200)).body;
    expect(stored).toMatchObject({
      status: 'draft',
      version: 1,
      locations: [{ postalCode: '8000', city: 'Aarhus C', latitude: expect.any(Number) }],
      contacts: [{ name: 'Mette Jensen', email: 'mette@sorg.dk' }],
      schedules: [{ byday: ['TU'], opensAt: '17:00', closesAt: '19:00' }],
      terms: { challenge: [{ code: 'sorg' }], activity: [{ code: 'samtalegruppe' }] },
    });
    await a.get(`/api/v1/offers/${offer.id}`).expect(404);
  });

  it('walks the lifecycle draft → in review → published → archived, refusing steps that do not fit', async () => {
    const submitted = (
      await a.post(`/api/v1/offers/${offer.id}/submit`, { version: offer.version }).expect(201)
    ).body;
    expect(submitted.status).toBe('in_review');
    const wrongStep = await a
      .post(`/api/v1/offers/${offer.id}/submit`, { version: submitted.version })
      .expect(409);
    expect(wrongStep.body.detail).toContain('til godkendelse');
    const published = (
      await a.post(`/api/v1/offers/${offer.id}/publish`, { version: submitted.version }).expect(201)
    ).body;
    expect(published).toMatchObject({
      status: 'published',
      assuredDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    await a.get(`/api/v1/offers/${offer.id}`).expect(200);
    offer = published;
  });

  it('answers a stale version with 409 and overwrites nothing', async () => {
    const saved = (
      await a
        .patch(`/api/v1/offers/${offer.id}`, { summary: 'Første redaktør', version: offer.version })
        .expect(200)
    ).body.offer;
    const conflict = await a
      .patch(`/api/v1/offers/${offer.id}`, { summary: 'Anden redaktør', version: offer.version })
      .expect(409);
    expect(conflict.body).toMatchObject({ status: 409, current: { summary: 'Første redaktør' } });
    const stale = await a.post(`/api/v1/offers/${offer.id}/archive`, { version: offer.version }).expect(409);
    expect(stale.body.status).toBe(409);
    const after = (await a.get(`/api/v1/admin/offers/${offer.id}`).expect(200)).body;
    expect(after).toMatchObject({ summary: 'Første redaktør', status: 'published', version: saved.version });
    offer = after;
  });

  it('records every change: who, when and what', async () => {
    const history = (await a.get(`/api/v1/admin/offers/${offer.id}/changes`).expect(200)).body;
    expect(history.map((change: { action: string }) => change.action)).toEqual([
      'create',
      'submit',
      'publish',
      'update',
    ]);
    expect(history.every((change: { actor: string }) => change.actor === 'Testredaktør')).toBe(true);
    expect(history[3].changes).toMatchObject({
      summary: { from: 'Mød andre, der har mistet.', to: 'Første redaktør' },
    });
    expect(history[2].changes).toEqual({ status: { from: 'in_review', to: 'published' } });
    expect(new Date(history[3].changedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('warns about likely duplicates from the same organisation or postcode, and saves anyway', async () => {
    const similar = await a
      .post('/api/v1/offers', { ...validOffer(), name: 'Sorggruppe for efterladte voksne' })
      .expect(201);
    expect(similar.body.possibleDuplicates).toEqual([
      expect.objectContaining({
        id: offer.id,
        name: 'Sorggruppe for efterladte',
        similarity: expect.any(Number),
      }),
    ]);
    const unrelated = await a
      .post('/api/v1/offers', { ...validOffer(), name: 'Lektiehjælp i biblioteket' })
      .expect(201);
    expect(unrelated.body.possibleDuplicates).toEqual([]);
  });

  it('refuses bad offers with every field named, and stores nothing', async () => {
    const before = (await a.get('/api/v1/admin/offers?size=100').expect(200)).body.total;
    const response = await a
      .post('/api/v1/offers', {
        ...validOffer(),
        name: 'x',
        url: 'javascript:alert(1)',
        attendingTypes: ['teleport'],
        locations: [{ postalCode: '80000' }],
        schedules: [{ byday: ['XX'], opensAt: '25:00', closesAt: '19:00' }],
        minimumAge: -1,
        hemmelig: true,
      })
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'attendingTypes',
      'hemmelig',
      'locations.0.postalCode',
      'minimumAge',
      'name',
      'schedules.0.byday',
      'schedules.0.opensAt',
      'url',
    ]);
    for (const [body, field] of [
      [
        { ...validOffer(), schedules: [{ byday: ['MO'], opensAt: '19:00', closesAt: '17:00' }] },
        'schedules.0.closesAt',
      ],
      [
        {
          ...validOffer(),
          schedules: [
            {
              byday: ['MO'],
              opensAt: '17:00',
              closesAt: '19:00',
              validFrom: '2026-12-01',
              validTo: '2026-01-01',
            },
          ],
        },
        'schedules.0.validTo',
      ],
      [
        {
          ...validOffer(),
          schedules: [{ byday: ['MO'], opensAt: '17:00', closesAt: '19:00', validFrom: '2026' }],
        },
        'schedules.0.validFrom',
      ],
      [{ ...validOffer(), locations: [{ postalCode: '0999', latitude: 56.1 }] }, 'locations.0.longitude'],
      [{ ...validOffer(), termIds: ['3f2c1e9a-5b7d-4c1e-9f0a-2b3c4d5e6f70'] }, 'termIds'],
      [{ ...validOffer(), termIds: [a.term('age_group', 'unge-voksne')] }, 'termIds'],
      [{ ...validOffer(), organizationId: '3f2c1e9a-5b7d-4c1e-9f0a-2b3c4d5e6f70' }, 'organizationId'],
      [{ ...validOffer(), minimumAge: 30, maximumAge: 20 }, 'maximumAge'],
      [{ ...validOffer(), isFree: false, feeAmount: 150 }, 'feesDescription'],
    ] as const) {
      const refused = await a.post('/api/v1/offers', body).expect(400);
      expect(refused.body.errors[0].field).toBe(field);
    }
    expect((await a.get('/api/v1/admin/offers?size=100').expect(200)).body.total).toBe(before);
  });

  it('lets editors add terms and synonyms, and search follows at once', async () => {
    await a
      .get('/api/v1/offers?q=isoleret')
      .expect(200)
      .expect(({ body }) => expect(body.total).toBe(0));
    const sorg = (await a.get('/api/v1/taxonomy').expect(200)).body.items
      .find((vocabulary: { code: string }) => vocabulary.code === 'challenge')
      .terms.find((term: { code: string }) => term.code === 'sorg');
    await a
      .patch(`/api/v1/taxonomy/terms/${sorg.id}`, {
        synonyms: [...sorg.synonyms, 'isoleret'],
        version: sorg.version,
      })
      .expect(200);
    const found = (await a.get('/api/v1/offers?q=isoleret').expect(200)).body;
    expect(found.items.map((item: { id: string }) => item.id)).toContain(offer.id);

    await a.patch(`/api/v1/taxonomy/terms/${sorg.id}`, { synonyms: [], version: sorg.version }).expect(409);
    const added = await a
      .post('/api/v1/taxonomy/district/terms', { name: 'Indre By', postcodes: ['8000'] })
      .expect(201);
    expect(added.body.code).toBe('indre-by');
    const inDistrict = (await a.get(`/api/v1/offers?district=indre-by`).expect(200)).body;
    expect(inDistrict.items.map((item: { id: string }) => item.id)).toContain(offer.id);
    await a.post('/api/v1/taxonomy/district/terms', { name: 'Indre By' }).expect(409);
    await a.post('/api/v1/taxonomy/age_group/terms', { name: 'Midaldrende' }).expect(400);
    await a.post('/api/v1/taxonomy/challenge/terms', { name: 'Ny', postcodes: ['8000'] }).expect(400);
    await a.post('/api/v1/taxonomy/planets/terms', { name: 'Mars' }).expect(400);
  });

  it('gives organisations the same lifecycle and log, and keeps drafts from the public', async () => {
    const created = (await a.post('/api/v1/organizations', { name: 'Kladdeforeningen' }).expect(201)).body;
    await a.get(`/api/v1/organizations/${created.id}`).expect(404);
    expect((await a.get(`/api/v1/admin/organizations/${created.id}`).expect(200)).body.status).toBe('draft');
    await a.post(`/api/v1/organizations/${created.id}/fly`, { version: created.version }).expect(400);
    await a.post(`/api/v1/organizations/${created.id}/publish`, { version: created.version }).expect(201);
    await a.get(`/api/v1/organizations/${created.id}`).expect(200);
  });

  it('takes an archived organisation’s offers out of public view', async () => {
    const organization = (await a.post('/api/v1/organizations', { name: 'Lukkeforeningen' }).expect(201))
      .body;
    const published = (
      await a
        .post(`/api/v1/organizations/${organization.id}/publish`, { version: organization.version })
        .expect(201)
    ).body;
    const closing = await a.offer({
      ...validOffer(),
      organizationId: organization.id,
      name: 'Strikkecafé i Lukkeforeningen',
    });
    expect((await a.get('/api/v1/offers?q=strikkecafé').expect(200)).body.total).toBe(1);
    await a
      .post(`/api/v1/organizations/${organization.id}/archive`, { version: published.version })
      .expect(201);
    expect((await a.get('/api/v1/offers?q=strikkecafé').expect(200)).body.total).toBe(0);
    await a.get(`/api/v1/offers/${closing.id}`).expect(404);
  });

  it('keeps each tenant’s catalogue to itself', async () => {
    await b.get(`/api/v1/admin/offers/${offer.id}`).expect(404);
    await b.get(`/api/v1/admin/offers/${offer.id}/changes`).expect(404);
    await b.patch(`/api/v1/offers/${offer.id}`, { summary: 'Kapret', version: offer.version }).expect(404);
    await b.post(`/api/v1/offers/${offer.id}/archive`, { version: offer.version }).expect(404);
    await b.post('/api/v1/offers', { ...validOffer() }).expect(400);
    expect((await b.get('/api/v1/admin/offers').expect(200)).body.total).toBe(0);
    expect((await a.get(`/api/v1/admin/offers/${offer.id}`).expect(200)).body.summary).toBe(
      'Første redaktør',
    );
  });

  it('keeps organisations, terms and autocomplete to their own tenant', async () => {
    await b.get(`/api/v1/admin/organizations/${organizationId}`).expect(404);
    await b.get(`/api/v1/organizations/${organizationId}`).expect(404);
    await b.patch(`/api/v1/organizations/${organizationId}`, { name: 'Kapret', version: 2 }).expect(404);
    const termOfA = (await a.get('/api/v1/taxonomy').expect(200)).body.items
      .find((vocabulary: { code: string }) => vocabulary.code === 'challenge')
      .terms.find((term: { code: string }) => term.code === 'angst');
    await b
      .patch(`/api/v1/taxonomy/terms/${termOfA.id}`, { name: 'Kapret', version: termOfA.version })
      .expect(404);
    const titlesInB = (await b.get('/api/v1/suggest?q=sorggruppe').expect(200)).body.items;
    expect(titlesInB.filter((item: { type: string }) => item.type === 'offer')).toEqual([]);
    const titlesInA = (await a.get('/api/v1/suggest?q=sorggruppe').expect(200)).body.items;
    expect(titlesInA).toContainEqual(expect.objectContaining({ type: 'offer', id: offer.id }));
  });
});

describe('error reports and search statistics', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  let offerId: string;

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('report', ['Kommune A', 'Kommune B']));
    await a.loadTaxonomy();
    const organizationId = await a.organization('Forening');
    offerId = (
      await a.offer({
        organizationId,
        name: 'Besøgsven til ensomme',
        termIds: [a.term('challenge', 'ensomhed')],
        locations: [{ postalCode: '8000' }],
      })
    ).id;
  });

  afterAll(() => testApp.close());

  it('takes a report from anyone, for the editors of that tenant only', async () => {
    const report = await a
      .post('/api/v1/error-reports', { offerId, message: 'Telefonnummeret virker ikke længere.' })
      .expect(201);
    expect(report.body.message).toContain('Tak');
    const open = (await a.get('/api/v1/admin/error-reports').expect(200)).body;
    expect(open.items).toEqual([
      expect.objectContaining({ offerId, message: 'Telefonnummeret virker ikke længere.' }),
    ]);
    expect((await b.get('/api/v1/admin/error-reports').expect(200)).body.total).toBe(0);
    await b.post('/api/v1/error-reports', { offerId, message: 'Fra den forkerte kommune' }).expect(404);
    await b.post(`/api/v1/admin/error-reports/${report.body.id}/resolve`, {}).expect(404);
    await a.post('/api/v1/error-reports', { offerId, message: 'x' }).expect(400);
    await a.post(`/api/v1/admin/error-reports/${report.body.id}/resolve`, {}).expect(204);
    expect((await a.get('/api/v1/admin/error-reports').expect(200)).body.total).toBe(0);
    expect((await a.get('/api/v1/admin/error-reports?state=resolved').expect(200)).body.total).toBe(1);
  });

  it('rate limits reports from one address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push(
        (await a.post('/api/v1/error-reports', { offerId, message: `Fejl nummer ${attempt}` })).status,
      );
    }
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    const limited = await a.post('/api/v1/error-reports', { offerId, message: 'Endnu en' }).expect(429);
    expect(limited.body.title).toBeDefined();
  });

  it('logs searches without personal data and reports top, zero-result and challenge searches', async () => {
    for (const q of [
      'ensom',
      'ensom',
      'ring 12 34 56 78',
      'mail mig på a@b.dk',
      'zxqvw',
      'klokke\u0007tegn',
    ]) {
      await a.get(`/api/v1/offers?q=${encodeURIComponent(q)}&near=56.15,10.2`).expect(200);
    }
    await a.get('/api/v1/offers?challenge=ensomhed').expect(200);
    // Listing the catalogue or an association's offers is nobody's search.
    await a.get('/api/v1/offers?size=1').expect(200);
    await a.get(`/api/v1/offers?organization=${randomUUID()}`).expect(200);
    await b.get('/api/v1/offers?q=kun-i-b').expect(200);
    const stats = (await a.get('/api/v1/admin/search-stats').expect(200)).body;
    expect(stats.topQueries[0]).toMatchObject({ query: 'ensom', searches: 2 });
    expect(stats.zeroResultQueries.map((entry: { query: string }) => entry.query)).toEqual(
      expect.arrayContaining(['zxqvw', 'ring [tal]', 'mail mig på [e-mail]', 'klokke tegn']),
    );
    expect(stats.topChallenges).toEqual([expect.objectContaining({ code: 'ensomhed', searches: 1 })]);
    expect(JSON.stringify(stats)).not.toContain('kun-i-b');
    const [schema] = [a.host.split('.')[0]];
    const logged = await testApp.app
      .get(DataSource)
      .query(`SELECT query, filters FROM "t_${schema}".search_log ORDER BY id`);
    expect(JSON.stringify(logged)).not.toMatch(/56\.15|12 34 56 78|a@b\.dk/);
    expect(logged).toHaveLength(7); // the six texts and the challenge
    await a.get('/api/v1/admin/search-stats?from=2026-12-01&to=2026-11-01').expect(400);
    await a.get('/api/v1/admin/search-stats?from=igår').expect(400);
  });
});
