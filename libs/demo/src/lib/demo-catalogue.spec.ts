// The test checks the generated catalogue against the vocabularies and districts every tenant is
// seeded with, which live with the migrations.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEFAULT_VOCABULARIES, KNOWN_DISTRICTS } from '../../../../migrations/tenant/data/default-taxonomy';
import { postcodeArea } from '@socialkompas/denmark';
import { DemoCatalogue, DemoDistrict, DemoTerms, generateDemoCatalogue, townSlug } from './demo-catalogue';

const districtsOf = (slug: string): DemoDistrict[] =>
  KNOWN_DISTRICTS[slug].map(({ code, name, synonyms, postcodes }) => ({
    code,
    name,
    synonyms,
    postcodes: postcodes ?? [],
  }));

const aarhus = (seed = 42, offerCount = 750) =>
  generateDemoCatalogue({ tenantSlug: 'aarhus', offerCount, seed, districts: districtsOf('aarhus') });

const published = (catalogue: DemoCatalogue) =>
  catalogue.offers.filter((offer) => offer.status === 'published');

describe('generateDemoCatalogue', () => {
  let catalogue: DemoCatalogue;

  beforeAll(() => {
    catalogue = aarhus();
  });

  it('gives the same catalogue for the same input, byte for byte, without Math.random or the clock', () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    try {
      expect(JSON.stringify(aarhus())).toBe(JSON.stringify(catalogue));
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('gives another catalogue for another seed, tenant or reference date', () => {
    const json = JSON.stringify(catalogue);
    expect(JSON.stringify(aarhus(43))).not.toBe(json);
    const silkeborg = generateDemoCatalogue({ tenantSlug: 'silkeborg', offerCount: 750, seed: 42 });
    expect(silkeborg.organizations.map((organization) => organization.name)).toContain('Sind Silkeborg');
    const later = generateDemoCatalogue({
      tenantSlug: 'aarhus',
      offerCount: 750,
      seed: 42,
      districts: districtsOf('aarhus'),
      referenceDate: '2026-06-01',
    });
    expect(later.offers.map((offer) => offer.name)).toEqual(catalogue.offers.map((offer) => offer.name));
    expect(later.offers[0].createdAt).not.toBe(catalogue.offers[0].createdAt);
  });

  it('makes the number of offers asked for, each with an existing organisation', () => {
    expect(catalogue.offers).toHaveLength(750);
    const used = new Set(catalogue.offers.map((offer) => offer.organization));
    expect(used.size).toBe(catalogue.organizations.length);
    expect(Math.max(...used)).toBe(catalogue.organizations.length - 1);
    expect(generateDemoCatalogue({ tenantSlug: 'aarhus', offerCount: 0, seed: 1 })).toEqual({
      organizations: [],
      offers: [],
    });
  });

  it.each(['challenge', 'target_group', 'activity'] as const)(
    'uses every %s term in at least one published offer',
    (vocabulary: keyof DemoTerms) => {
      const codes = DEFAULT_VOCABULARIES.filter((candidate) => candidate.code === vocabulary).flatMap(
        (found) => found.terms.map((term) => term.code),
      );
      expect(codes.length).toBeGreaterThan(10);
      const used = new Set(published(catalogue).flatMap((offer) => offer.terms[vocabulary]));
      expect(codes.filter((code) => !used.has(code))).toEqual([]);
      // And nothing the vocabulary does not have.
      const all = new Set(catalogue.offers.flatMap((offer) => offer.terms[vocabulary]));
      expect([...all].filter((code) => !codes.includes(code))).toEqual([]);
    },
  );

  it.each(['aarhus', 'silkeborg'])('places published offers in every district of %s', (slug) => {
    const districts = districtsOf(slug);
    const generated = generateDemoCatalogue({ tenantSlug: slug, offerCount: 700, seed: 9, districts });
    const postcodes = new Set(
      published(generated).flatMap((offer) => offer.locations.map((location) => location.postalCode)),
    );
    expect(
      districts
        .filter((district) => !district.postcodes.some((code) => postcodes.has(code)))
        .map((d) => d.code),
    ).toEqual([]);
    // Only the municipality's own postcodes.
    const own = new Set(districts.flatMap((district) => district.postcodes));
    expect([...postcodes].filter((code) => !own.has(code))).toEqual([]);
  });

  it('uses only known postcodes, with coordinates close to the postcode’s centre', () => {
    const other = generateDemoCatalogue({ tenantSlug: 'odder', offerCount: 300, seed: 3 });
    for (const location of [...catalogue.offers, ...other.offers].flatMap((offer) => offer.locations)) {
      const area = postcodeArea(location.postalCode);
      if (!area) throw new Error(`Unknown postcode ${location.postalCode}`);
      expect(location.city).toBe(area.name);
      expect(Math.abs(location.latitude - area.latitude)).toBeLessThan(0.02);
      expect(Math.abs(location.longitude - area.longitude)).toBeLessThan(0.03);
    }
    expect(
      other.offers.some((offer) => offer.locations.some((location) => location.postalCode === '8300')),
    ).toBe(true);
  });

  it("places a tenant named after a town's postcode area (townSlug) in that town", () => {
    for (const postcode of ['8600', '9000', '6700']) {
      const town = postcodeArea(postcode);
      if (!town) throw new Error(`Unknown postcode ${postcode}`);
      const offers = generateDemoCatalogue({ tenantSlug: townSlug(town), offerCount: 50, seed: 5 }).offers;
      for (const location of offers.flatMap((offer) => offer.locations)) {
        expect(Math.abs(location.latitude - town.latitude)).toBeLessThan(0.2);
        expect(Math.abs(location.longitude - town.longitude)).toBeLessThan(0.3);
      }
    }
    expect(townSlug({ postcode: '8200', name: 'Aarhus N', latitude: 56.183, longitude: 10.195 })).toBe(
      'aarhus',
    );
  });

  it('gives ages that agree with each other and with the target groups', () => {
    for (const offer of catalogue.offers) {
      const { minimumAge: min, maximumAge: max } = offer;
      if (min !== null && max !== null) expect(min).toBeLessThanOrEqual(max);
      const groups = offer.terms.target_group;
      if (groups.includes('unge')) {
        expect(min).toBeGreaterThanOrEqual(13);
        expect(max).toBeLessThanOrEqual(29);
      }
      if (groups.includes('boern')) {
        expect(min).toBeGreaterThanOrEqual(6);
        expect(max).toBeLessThanOrEqual(12);
      }
      if (groups.includes('aeldre')) expect(min).toBeGreaterThanOrEqual(60);
    }
    expect(catalogue.offers.some((offer) => offer.minimumAge === null && offer.maximumAge === null)).toBe(
      true,
    );
  });

  it('mixes statuses, prices, ways to attend and languages as a real catalogue does', () => {
    const share = (test: (offer: DemoCatalogue['offers'][number]) => boolean) =>
      catalogue.offers.filter(test).length / catalogue.offers.length;
    expect(share((offer) => offer.status === 'published')).toBeGreaterThan(0.82);
    expect(share((offer) => offer.status === 'published')).toBeLessThan(0.95);
    for (const status of ['draft', 'in_review', 'archived']) {
      expect(share((offer) => offer.status === status)).toBeGreaterThan(0);
    }
    expect(share((offer) => !offer.isFree)).toBeGreaterThan(0.04);
    expect(share((offer) => offer.attendingTypes.join() === 'in_person')).toBeGreaterThan(0.65);
    expect(share((offer) => offer.attendingTypes.includes('online'))).toBeGreaterThan(0.05);
    expect(share((offer) => offer.attendingTypes.includes('phone'))).toBeGreaterThan(0.05);
    expect(share((offer) => offer.languages.length > 1)).toBeGreaterThan(0.05);
    for (const offer of catalogue.offers) {
      expect(offer.locations.length > 0).toBe(offer.attendingTypes.includes('in_person'));
      if (!offer.isFree) expect((offer.feeAmount ?? 0) > 0 && offer.feesDescription !== '').toBe(true);
      const { publishedAt } = offer;
      if (offer.status === 'draft' || offer.status === 'in_review') expect(publishedAt).toBeNull();
      else
        expect(publishedAt !== null && offer.createdAt <= publishedAt && publishedAt <= offer.updatedAt).toBe(
          true,
        );
    }
  });

  it('spreads the confirmation dates over the last 400 days, some of them stale', () => {
    const dates = catalogue.offers.flatMap((offer) => (offer.assuredDate ? [offer.assuredDate] : []));
    expect(dates.every((date) => date >= '2024-11-27' && date <= '2026-01-01')).toBe(true);
    expect(dates.filter((date) => date < '2025-07-05').length / dates.length).toBeGreaterThan(0.1);
  });

  it('never gives one organisation or one postcode the same title twice', () => {
    const seen = new Set<string>();
    for (const offer of catalogue.offers) {
      for (const key of [`o${offer.organization}`, ...offer.locations.map((l) => `p${l.postalCode}`)]) {
        expect(seen.has(`${key}|${offer.name}`)).toBe(false);
        seen.add(`${key}|${offer.name}`);
      }
    }
  });

  it('fills the fields the API would demand when an editor entered the offer', () => {
    const cvr = (taxId: string) =>
      [...taxId].reduce((sum, digit, index) => sum + Number(digit) * [2, 7, 6, 5, 4, 3, 2, 1][index], 0) % 11;
    for (const organization of catalogue.organizations) {
      expect(organization.taxId).toMatch(/^[1-9][0-9]{7}$/);
      expect(cvr(organization.taxId)).toBe(0);
      // Reserved .example addresses: the demo never reaches a real association.
      expect(organization.website).toMatch(/^https:\/\/www\.[a-z0-9.-]+\.dk\.example(\/[a-z0-9-]+)?$/);
      expect(organization.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.dk\.example$/);
    }
    for (const offer of catalogue.offers) {
      expect(offer.name.length).toBeGreaterThanOrEqual(3);
      expect(offer.name.length).toBeLessThanOrEqual(200);
      expect(offer.summary.length).toBeLessThanOrEqual(400);
      expect(offer.description.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/).length).toBeGreaterThanOrEqual(3);
      expect(offer.url ?? 'https://x.dk').toMatch(/^https:\/\/[^\s]+$/);
      for (const contact of offer.contacts) {
        expect(contact.phone).toMatch(/^\+45( [0-9]{2}){4}$/);
        expect(contact.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.dk\.example$/);
      }
      for (const schedule of offer.schedules) {
        expect(schedule.byday.length).toBeGreaterThan(0);
        expect(schedule.opensAt < schedule.closesAt).toBe(true);
      }
    }
  });

  it('refuses a negative or fractional number of offers and a malformed date', () => {
    expect(() => generateDemoCatalogue({ tenantSlug: 'aarhus', offerCount: -1, seed: 1 })).toThrow(
      /offerCount/,
    );
    expect(() => generateDemoCatalogue({ tenantSlug: 'aarhus', offerCount: 1.5, seed: 1 })).toThrow(
      /offerCount/,
    );
    expect(() =>
      generateDemoCatalogue({ tenantSlug: 'aarhus', offerCount: 1, seed: 1, referenceDate: '1/1/2026' }),
    ).toThrow(/referenceDate/);
  });
});
