import type { TestApp } from '@socialkompas/testing';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

describe('editorial review: associations’ suggestions and offers sent back', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  let organizationId: string;

  const suggestion = (overrides: Record<string, unknown> = {}) => ({
    name: 'Strikkecafé for ensomme ældre',
    description: 'Vi mødes over kaffe og strikketøj. Alle kan være med, også begyndere.',
    organizationName: 'foreningen faellesskab',
    contactName: 'Mette Jensen',
    email: 'mette@faellesskab.dk',
    website: 'https://faellesskab.dk/strikkecafe',
    terms: {
      challenge: ['ensomhed'],
      target_group: ['aeldre'],
      activity: ['samtalegruppe'],
      age_group: ['aeldre'],
    },
    where: 'Medborgerhuset, Vestergade 5',
    when: 'Hver onsdag kl. 14-16',
    ...overrides,
  });

  let addresses = 0;
  /** The form's rate limit counts per address: each call comes from an address of its own unless told. */
  const suggest = (fixture: CatalogueFixture, body: object, address = `10.0.0.${++addresses}`) =>
    fixture
      .http()
      .post('/api/v1/offer-suggestions')
      .set('Host', fixture.host)
      .set('X-Forwarded-For', address)
      .send(body);

  const fieldsOf = (response: { body: { errors: { field: string }[] } }) =>
    [...new Set(response.body.errors.map((error) => error.field))].sort();

  const pending = async (fixture: CatalogueFixture) =>
    (await fixture.get('/api/v1/admin/offer-suggestions').expect(200)).body;

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('forslag', ['Forslagskommune A', 'Forslagskommune B']));
    await a.loadTaxonomy();
    organizationId = await a.organization('Foreningen Fællesskab');
  });

  afterAll(() => testApp.close());

  it('takes a suggestion from anyone and shows it to that tenant’s editors only', async () => {
    const received = await suggest(a, suggestion()).expect(202);
    expect(received.body.message).toContain('Tak for forslaget');
    const { items, total } = await pending(a);
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      name: 'Strikkecafé for ensomme ældre',
      organizationName: 'foreningen faellesskab',
      contactName: 'Mette Jensen',
      email: 'mette@faellesskab.dk',
      phone: null,
      where: 'Medborgerhuset, Vestergade 5',
      when: 'Hver onsdag kl. 14-16',
      status: 'pending',
      offerId: null,
    });
    expect(
      items[0].terms
        .map((term: { vocabulary: string; code: string }) => `${term.vocabulary}:${term.code}`)
        .sort(),
    ).toEqual(['activity:samtalegruppe', 'age_group:aeldre', 'challenge:ensomhed', 'target_group:aeldre']);
    expect((await pending(b)).total).toBe(0);
  });

  it('names the field of an unknown term, a missing way to reach the association, and a bad address', async () => {
    const unknownTerm = await suggest(
      a,
      suggestion({ terms: { challenge: ['ensomhed', 'findes-ikke'], district: ['midtbyen'] } }),
    ).expect(400);
    expect(unknownTerm.body.errors).toEqual([
      { field: 'terms.challenge', message: 'challenge kender ikke "findes-ikke". Se GET /api/v1/taxonomy.' },
    ]);
    const noContact = await suggest(a, suggestion({ email: undefined })).expect(400);
    expect(noContact.body.errors).toEqual([
      { field: 'email', message: 'Angiv email eller phone (eller begge), så redaktionen kan kontakte jer.' },
    ]);
    const malformed = await suggest(
      a,
      suggestion({ name: 'x', website: 'ftp://x', terms: { challenge: 'ensomhed', hobby: ['strik'] } }),
    ).expect(400);
    expect(fieldsOf(malformed)).toEqual(['name', 'terms.challenge', 'terms.hobby', 'website']);
    await suggest(a, suggestion({ email: undefined, phone: '+45 20 30 40 50' })).expect(202);
    expect((await pending(a)).total).toBe(2);
  });

  it('answers a bot that fills in the hidden field exactly as a person, and stores nothing', async () => {
    const person = await suggest(a, suggestion({ website_url_confirm: '' })).expect(202);
    const bot = await suggest(a, suggestion({ website_url_confirm: 'https://spam.example' })).expect(202);
    expect(bot.body).toEqual(person.body);
    expect((await pending(a)).total).toBe(3);
  });

  it('limits one address to 5 suggestions an hour per tenant, answering 429 in Danish with Retry-After', async () => {
    const spam = suggestion({ website_url_confirm: 'x' });
    for (let attempt = 0; attempt < 5; attempt += 1) await suggest(a, spam, '10.9.9.9').expect(202);
    const limited = await suggest(a, spam, '10.9.9.9').expect(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3500);
    expect(limited.body).toMatchObject({
      title: 'For mange forespørgsler',
      detail: 'For mange forespørgsler på kort tid. Prøv igen om 60 minutter.',
    });
    await suggest(b, spam, '10.9.9.9').expect(202);
    await suggest(a, spam, '10.9.9.10').expect(202);
  });

  it('turns an accepted suggestion into a draft offer of the organisation with that name', async () => {
    const [first] = (await pending(a)).items;
    const accepted = await a.post(`/api/v1/admin/offer-suggestions/${first.id}/accept`, {}).expect(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      decidedBy: 'Testredaktør',
      offerId: expect.any(String),
    });
    const offer = (await a.get(`/api/v1/admin/offers/${accepted.body.offerId}`).expect(200)).body;
    expect(offer).toMatchObject({
      status: 'draft',
      organizationId,
      name: 'Strikkecafé for ensomme ældre',
      url: 'https://faellesskab.dk/strikkecafe',
      scheduleDescription: 'Hver onsdag kl. 14-16',
      minimumAge: 65,
      maximumAge: null,
      // What the suggester gave to be contacted about the suggestion is not made public.
      contacts: [],
      terms: {
        challenge: [expect.objectContaining({ code: 'ensomhed' })],
        target_group: [expect.objectContaining({ code: 'aeldre' })],
        activity: [expect.objectContaining({ code: 'samtalegruppe' })],
      },
    });
    await a.get(`/api/v1/offers/${offer.id}`).expect(404);
    const again = await a.post(`/api/v1/admin/offer-suggestions/${first.id}/accept`, {}).expect(409);
    expect(again.body.detail).toBe('Forslaget er allerede godkendt.');
  });

  it('creates a draft organisation for an association the catalogue does not know yet', async () => {
    await suggest(
      a,
      suggestion({
        organizationName: 'Helt Ny Forening',
        terms: { age_group: ['teenagere', 'unge-voksne'] },
      }),
    ).expect(202);
    const fresh = (await pending(a)).items.find(
      (item: { organizationName: string }) => item.organizationName === 'Helt Ny Forening',
    );
    const { offerId } = (await a.post(`/api/v1/admin/offer-suggestions/${fresh.id}/accept`, {}).expect(200))
      .body;
    const offer = (await a.get(`/api/v1/admin/offers/${offerId}`).expect(200)).body;
    expect(offer).toMatchObject({ minimumAge: 13, maximumAge: 29 });
    const organization = (await a.get(`/api/v1/admin/organizations/${offer.organizationId}`).expect(200))
      .body;
    expect(organization).toMatchObject({ name: 'Helt Ny Forening', status: 'draft' });
  });

  it('refuses another tenant’s organisation, and never decides another tenant’s suggestion', async () => {
    const [next] = (await pending(a)).items;
    const theirOrganization = await b.organization('Kun i B');
    const refused = await a
      .post(`/api/v1/admin/offer-suggestions/${next.id}/accept`, { organizationId: theirOrganization })
      .expect(400);
    expect(refused.body.errors[0].field).toBe('organizationId');
    await b.post(`/api/v1/admin/offer-suggestions/${next.id}/accept`, {}).expect(404);
    await b
      .post(`/api/v1/admin/offer-suggestions/${next.id}/reject`, { reason: 'Fra den forkerte kommune' })
      .expect(404);
    expect((await pending(a)).items[0]).toMatchObject({ id: next.id, status: 'pending' });
  });

  it('rejects a suggestion only with a reason, and records the decisions in the audit log', async () => {
    const [next] = (await pending(a)).items;
    const noReason = await a.post(`/api/v1/admin/offer-suggestions/${next.id}/reject`, {}).expect(400);
    expect(fieldsOf(noReason)).toEqual(['reason']);
    const rejected = await a
      .post(`/api/v1/admin/offer-suggestions/${next.id}/reject`, { reason: 'Tilbuddet findes allerede.' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Tilbuddet findes allerede.',
    });
    const rejectedList = (await a.get('/api/v1/admin/offer-suggestions?state=rejected').expect(200)).body;
    expect(rejectedList.items.map((item: { id: string }) => item.id)).toEqual([next.id]);
    await a.get('/api/v1/admin/offer-suggestions?state=alle').expect(400);

    const audit = (await a.get('/api/v1/admin/audit-log?entityType=offer_suggestion').expect(200)).body.items;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['reject', 'accept', 'accept']);
    expect(audit[0].changes).toEqual({ reason: 'Tilbuddet findes allerede.' });
    expect((await b.get('/api/v1/admin/audit-log?entityType=offer_suggestion').expect(200)).body.total).toBe(
      0,
    );
  });

  it('keeps why an offer in review was sent back in the offer’s change history', async () => {
    const offer = await a.offer({ organizationId, name: 'Gåtur for nybagte forældre' }, 'in_review');
    await a
      .post(`/api/v1/offers/${offer.id}/reopen`, { version: offer.version, reason: 'x'.repeat(1001) })
      .expect(400);
    await a
      .post(`/api/v1/offers/${offer.id}/reopen`, {
        version: offer.version,
        reason: 'Mangler adresse og tider.',
      })
      .expect(201);
    const history = (await a.get(`/api/v1/admin/offers/${offer.id}/changes`).expect(200)).body;
    expect(history.at(-1)).toMatchObject({
      action: 'reopen',
      changes: { status: { from: 'in_review', to: 'draft' }, reason: 'Mangler adresse og tider.' },
    });
  });
});
