import type { TestApp } from '@socialkompas/testing';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

interface FieldError {
  field: string;
  message: string;
}

/** What the offer editor needs of the API: whole offers, copies, Danish messages, the postcode table. */
describe('the offer editor’s API', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  let organizationId: string;

  const fullOffer = () => ({
    organizationId,
    name: 'Madklub for mænd',
    summary: 'Vi laver mad sammen og spiser bagefter.',
    description: 'Ingen forudsætninger. Vi handler ind sammen.',
    url: 'https://madklub.example.dk',
    attendingTypes: ['in_person', 'phone'],
    languages: ['da', 'ar'],
    minimumAge: 60,
    maximumAge: 99,
    isFree: false,
    feeAmount: 40,
    feesDescription: '40 kr. pr. gang for maden',
    referralRequired: true,
    anonymous: false,
    termIds: [a.term('challenge', 'ensomhed'), a.term('activity', 'netvaerksgruppe')],
    locations: [
      { address1: 'Mejlgade 1', postalCode: '8000', accessibility: 'Trappefri adgang.' },
      { address1: 'Viby Torv 2', postalCode: '8260', city: 'Viby', latitude: 56.13, longitude: 10.16 },
    ],
    schedules: [
      { byday: ['TU'], opensAt: '17:30', closesAt: '20:00', description: 'Ulige uger' },
      { byday: ['SA', 'SU'], opensAt: '11:00', closesAt: '13:00', validFrom: '2026-01-01' },
    ],
    contacts: [{ name: 'Ole Hansen', title: 'Kok', phone: '20 30 40 50', email: 'ole@madklub.example.dk' }],
  });
  const messagesOf = (body: { errors: FieldError[] }) =>
    Object.fromEntries(body.errors.map((error) => [error.field, error.message]));

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('editor', ['Editorkommune A', 'Editorkommune B']));
    await a.loadTaxonomy();
    organizationId = await a.organization('Madklubben');
  });

  afterAll(() => testApp.close());

  it('creates an offer with every field, placing each place by its postcode unless told otherwise', async () => {
    const { offer } = (await a.post('/api/v1/offers', fullOffer()).expect(201)).body;
    expect(offer).toMatchObject({
      status: 'draft',
      attendingTypes: ['in_person', 'phone'],
      languages: ['da', 'ar'],
      isFree: false,
      feeAmount: 40,
      feesDescription: '40 kr. pr. gang for maden',
      referralRequired: true,
      contacts: [{ name: 'Ole Hansen', title: 'Kok', phone: '20 30 40 50' }],
      schedules: [
        { byday: ['TU'], opensAt: '17:30', closesAt: '20:00', description: 'Ulige uger' },
        { byday: ['SA', 'SU'], opensAt: '11:00', validFrom: '2026-01-01' },
      ],
    });
    const byPostcode = Object.fromEntries(
      offer.locations.map((location: { postalCode: string }) => [location.postalCode, location]),
    );
    const centre = (await a.get('/api/v1/postcodes/8000').expect(200)).body;
    expect(byPostcode['8000']).toMatchObject({
      city: 'Aarhus C',
      latitude: centre.latitude,
      longitude: centre.longitude,
      accessibility: 'Trappefri adgang.',
    });
    expect(byPostcode['8260']).toMatchObject({ city: 'Viby', latitude: 56.13, longitude: 10.16 });
  });

  it('names every refused field by its Danish label, and the place or time it belongs to', async () => {
    const refused = await a
      .post('/api/v1/offers', {
        ...fullOffer(),
        name: '  ',
        summary: 'x'.repeat(401),
        url: 'ikke en adresse',
        locations: [{ postalCode: '8000' }, { postalCode: '80' }],
        schedules: [{ byday: ['TU'], opensAt: '17.30', closesAt: '19:00' }],
        contacts: [{ name: 'Ole', email: 'ole@' }],
      })
      .expect(400);
    expect(messagesOf(refused.body)).toEqual({
      name: 'Navn skal udfyldes.',
      summary: 'Kort beskrivelse må højst være 400 tegn.',
      url: 'Hjemmeside skal være en adresse, der begynder med http:// eller https://.',
      'locations.1.postalCode': 'Sted 2: Postnummer skal være et dansk postnummer med 4 cifre.',
      'schedules.0.opensAt': 'Tid 1: Fra skal være et klokkeslæt som 17.00.',
      'contacts.0.email': 'Kontaktperson 1: E-mail skal være en gyldig e-mailadresse.',
    });
    const missingName = await a.post('/api/v1/offers', { organizationId }).expect(400);
    expect(messagesOf(missingName.body)).toEqual({ name: 'Navn skal udfyldes.' });
  });

  it('asks a paid offer for its price in words; an amount alone is not enough', async () => {
    const { feesDescription: _price, ...withoutText } = fullOffer();
    const refused = await a.post('/api/v1/offers', withoutText).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'feesDescription', message: 'Pris skal udfyldes, når tilbuddet ikke er gratis.' },
    ]);
    const { offer } = (
      await a.post('/api/v1/offers', { ...fullOffer(), name: 'Gratis madklub', isFree: true })
    ).body;
    const paid = await a
      .patch(`/api/v1/offers/${offer.id}`, { isFree: false, feesDescription: '', version: offer.version })
      .expect(400);
    expect(paid.body.errors[0].field).toBe('feesDescription');
    await a
      .patch(`/api/v1/offers/${offer.id}`, { isFree: false, feeAmount: null, version: offer.version })
      .expect(200);
  });

  it('duplicates an offer as a new draft with its places, times, contacts and topics', async () => {
    const original = await a.offer({ ...fullOffer(), name: 'Madklub i Viby' });
    const copied = await a.post(`/api/v1/offers/${original.id}/duplicate`, {}).expect(201);
    const copy = copied.body.offer;
    const source = (await a.get(`/api/v1/admin/offers/${original.id}`).expect(200)).body;
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ name: 'Madklub i Viby (kopi)', status: 'draft', version: 1 });
    const withoutIds = (items: { id: string }[]) => items.map(({ id: _id, ...item }) => item);
    for (const list of ['locations', 'schedules', 'contacts'] as const) {
      expect(withoutIds(copy[list])).toEqual(withoutIds(source[list]));
    }
    expect(copy.terms).toEqual(source.terms);
    for (const field of ['summary', 'languages', 'attendingTypes', 'feesDescription', 'minimumAge', 'url']) {
      expect(copy[field]).toEqual(source[field]);
    }
    // The original keeps its places: the copy has its own.
    expect(copy.locations[0].id).not.toBe(source.locations[0].id);
    expect(copied.body.possibleDuplicates).toContainEqual(expect.objectContaining({ id: original.id }));
    const history = (await a.get(`/api/v1/admin/offers/${copy.id}/changes`).expect(200)).body;
    expect(history[0]).toMatchObject({ action: 'create', changes: { copiedFrom: original.id } });
    await a.get(`/api/v1/offers/${copy.id}`).expect(404);
  });

  it('duplicates only the tenant’s own offers', async () => {
    const original = await a.offer({ ...fullOffer(), name: 'Madklub kun for A' });
    const refused = await b.post(`/api/v1/offers/${original.id}/duplicate`, {}).expect(404);
    expect(refused.body.status).toBe(404);
    await a.post('/api/v1/offers/ikke-et-id/duplicate', {}).expect(400);
    const names = (await b.get('/api/v1/admin/offers?q=Madklub').expect(200)).body.items;
    expect(names).toEqual([]);
  });

  it('tells anyone a postcode’s town and centre, the same on every tenant’s host', async () => {
    const aarhus = (await a.get('/api/v1/postcodes/8000').expect(200)).body;
    expect(aarhus).toEqual({
      postcode: '8000',
      name: 'Aarhus C',
      latitude: expect.any(Number),
      longitude: expect.any(Number),
    });
    expect((await b.get('/api/v1/postcodes/8000').expect(200)).body).toEqual(aarhus);
    const unknown = await a.get('/api/v1/postcodes/0001').expect(404);
    expect(unknown.body.title).toBe('Postnummeret findes ikke');
    const bad = await a.get('/api/v1/postcodes/80x0').expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'postcode', message: 'Postnummer skal være et dansk postnummer med 4 cifre.' },
    ]);
  });
});
