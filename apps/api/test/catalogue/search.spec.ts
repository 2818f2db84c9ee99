import type { TestApp } from '@socialkompas/testing';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Today's weekday in Denmark, where open_now is measured. */
const todayInDenmark = (() => {
  const name = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Copenhagen' }).format(
    new Date(),
  );
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name);
})();
const AARHUS_C = { latitude: 56.1567, longitude: 10.2108 };
/** WGS84 geodesic distances (Vincenty) from AARHUS_C, computed independently of the code under test. */
const KM_TO_SILKEBORG_POINT = 41.385;
const KM_TO_COPENHAGEN_CITY_HALL = 156.81;

interface Hit {
  id: string;
  name: string;
  distanceKm: number | null;
  snippet: string;
}
interface Facet {
  id: string;
  code: string;
  count: number;
  selected: boolean;
}

describe('public search', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  const ids: Record<string, string> = {};
  const names = (body: { items: Hit[] }) => body.items.map((item) => item.name);
  const search = async (query: string, fixture = a) =>
    (await fixture.get(`/api/v1/offers?${query}`).expect(200)).body;

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('search', ['Søgekommune A', 'Søgekommune B']));
    await a.loadTaxonomy();
    await b.loadTaxonomy();
    const midtbyen = await a
      .post('/api/v1/taxonomy/district/terms', { name: 'Midtbyen', postcodes: ['8000'] })
      .expect(201);
    ids.midtbyen = midtbyen.body.id;

    const vaernet = await a.organization('Ensomme Gamles Værn');
    const headspace = await a.organization('Headspace');
    const kommunen = await a.organization('Kommunens Sundhedshus');
    const term = (vocabulary: string, code: string) => a.term(vocabulary, code);
    const everyDay = [{ byday: WEEKDAYS, opensAt: '00:00', closesAt: '24:00' }];
    const notToday = [{ byday: [WEEKDAYS[(todayInDenmark + 3) % 7]], opensAt: '00:00', closesAt: '24:00' }];

    ids.visitor = (
      await a.offer({
        organizationId: vaernet,
        name: 'Besøgsven til ensomme ældre',
        summary: 'En frivillig kommer på besøg hver uge.',
        description: 'Vi drikker kaffe, går en tur og snakker. Du bestemmer selv, hvad I skal lave sammen.',
        termIds: [
          term('challenge', 'ensomhed'),
          term('activity', 'besoegsven'),
          term('target_group', 'aeldre'),
        ],
        minimumAge: 65,
        locations: [{ postalCode: '8000', address1: 'Klostergade 37' }],
        schedules: everyDay,
      })
    ).id;
    ids.network = (
      await a.offer({
        organizationId: vaernet,
        name: 'Netværksgruppe mod ensomhed',
        summary: 'Mød andre, der savner nogen at tale med.',
        description: 'Gruppen mødes i foreningens lokaler og finder på ting sammen.',
        termIds: [
          term('challenge', 'ensomhed'),
          term('activity', 'netvaerksgruppe'),
          term('target_group', 'voksne'),
        ],
        minimumAge: 30,
        maximumAge: 64,
        locations: [{ postalCode: '8200', address1: 'Trøjborgvej 10' }],
        schedules: notToday,
      })
    ).id;
    ids.youthAnxiety = (
      await a.offer({
        organizationId: headspace,
        name: 'Samtalegruppe for unge med angst',
        summary: 'Tal med andre unge om det, der fylder.',
        description: 'En gruppe med seks til otte deltagere og to frivillige.',
        termIds: [
          term('challenge', 'angst'),
          term('activity', 'samtalegruppe'),
          term('target_group', 'unge'),
        ],
        minimumAge: 15,
        maximumAge: 24,
        locations: [{ postalCode: '8600', address1: 'Vestergade 1', latitude: 56.1697, longitude: 9.5451 }],
      })
    ).id;
    ids.adultAnxiety = (
      await a.offer({
        organizationId: kommunen,
        name: 'Rådgivning for voksne med angst',
        summary: 'Individuelle samtaler med en psykolog.',
        description: 'Forløbet er for voksne; unge henvises til andre tilbud.',
        termIds: [
          term('challenge', 'angst'),
          term('activity', 'raadgivning'),
          term('target_group', 'voksne'),
        ],
        minimumAge: 25,
        maximumAge: 64,
        isFree: false,
        feeAmount: 200,
        feesDescription: '200 kr. pr. samtale',
        locations: [{ postalCode: '8000', address1: 'Rådhuspladsen 2' }],
      })
    ).id;
    ids.youthChat = (
      await a.offer({
        organizationId: headspace,
        name: 'Chat for unge',
        summary: 'Skriv anonymt med en frivillig.',
        description: 'Chatten er åben om aftenen.',
        termIds: [
          term('challenge', 'ensomhed'),
          term('activity', 'chatraadgivning'),
          term('target_group', 'unge'),
        ],
        minimumAge: 13,
        maximumAge: 24,
        attendingTypes: ['online'],
        anonymous: true,
      })
    ).id;
    ids.copenhagen = (
      await a.offer({
        organizationId: kommunen,
        name: 'Madklub i hovedstaden',
        summary: 'Fællesspisning hver torsdag.',
        termIds: [term('activity', 'faellesspisning')],
        locations: [{ postalCode: '1550', latitude: 55.6761, longitude: 12.5683 }],
      })
    ).id;
    for (const status of ['draft', 'in_review', 'archived'] as const) {
      ids[status] = (
        await a.offer(
          {
            organizationId: vaernet,
            name: `Skjult hemmelighedsgruppe ${status}`,
            description: 'Ensomhed og angst.',
            termIds: [term('challenge', 'ensomhed')],
            locations: [{ postalCode: '8000' }],
          },
          status,
        )
      ).id;
    }
    ids.vaernet = vaernet;
    const other = await b.organization('Forening i B');
    ids.otherOrganization = other;
    ids.inB = (
      await b.offer({
        organizationId: other,
        name: 'Besøgsven i kommune B',
        termIds: [b.term('challenge', 'ensomhed')],
        locations: [{ postalCode: '8000' }],
      })
    ).id;
  });

  afterAll(() => testApp.close());

  describe('relevance', () => {
    it.each(['ensom', 'ensomhed'])('"%s" finds the loneliness offers first', async (q) => {
      const body = await search(`q=${q}`);
      expect(
        body.items
          .slice(0, 2)
          .map((item: Hit) => item.id)
          .sort(),
      ).toEqual([ids.visitor, ids.network].sort());
    });

    it('"ensomed" (a typo) finds them', async () => {
      const body = await search('q=ensomed');
      expect(body.items.map((item: Hit) => item.id)).toEqual(
        expect.arrayContaining([ids.visitor, ids.network]),
      );
    });

    it('"alene" finds them through a synonym of ensomhed', async () => {
      const body = await search('q=alene');
      expect(body.items.map((item: Hit) => item.id)).toEqual(
        expect.arrayContaining([ids.visitor, ids.network]),
      );
    });

    it('"angst unge" ranks youth anxiety first', async () => {
      const body = await search('q=angst%20unge');
      expect(body.items[0].id).toBe(ids.youthAnxiety);
      expect(body.items.map((item: Hit) => item.id)).toContain(ids.adultAnxiety);
    });

    it('highlights the matched words, with editors’ text escaped', async () => {
      const body = await search('q=kaffe');
      expect(body.items[0].snippet).toContain('<mark>kaffe</mark>');
      expect(body.items[0].snippet).not.toMatch(/<(?!\/?mark>)/);
    });

    it('takes any characters in q without a server error', async () => {
      for (const q of [
        'ab½',
        '⑴ angst',
        'ŉ',
        'a\u0007b',
        '😀'.repeat(150),
        "'; DROP TABLE offers; --",
        '& | ! :*',
      ]) {
        const response = await a.get(`/api/v1/offers?q=${encodeURIComponent(q)}`);
        expect({ q, status: response.status }).toEqual({ q, status: 200 });
      }
    });

    it('suggests a spelling when nothing is found', async () => {
      const body = await search('q=netvarkgrupe');
      expect(body.total).toBe(0);
      expect(body.didYouMean).toEqual(['netværksgruppe']);
    });
  });

  describe('filters', () => {
    it('narrows when combined, across vocabularies and flags', async () => {
      expect(names(await search('challenge=angst'))).toHaveLength(2);
      expect((await search('challenge=angst&target_group=unge')).items.map((item: Hit) => item.id)).toEqual([
        ids.youthAnxiety,
      ]);
      expect((await search('challenge=angst&free=true')).items.map((item: Hit) => item.id)).toEqual([
        ids.youthAnxiety,
      ]);
      expect((await search('challenge=ensomhed&online=true')).items.map((item: Hit) => item.id)).toEqual([
        ids.youthChat,
      ]);
      expect(
        (await search(`district=${ids.midtbyen}&challenge=ensomhed`)).items.map((item: Hit) => item.id),
      ).toEqual([ids.visitor]);
    });

    it('ORs terms within a vocabulary', async () => {
      expect((await search('challenge=angst,ensomhed')).total).toBe(5);
      expect((await search('challenge=angst&challenge=ensomhed')).total).toBe(5);
    });

    it('counts every facet with all other filters applied, and each count is what selecting it gives', async () => {
      const base = 'free=true&challenge=ensomhed';
      const body = await search(base);
      const challengeFacet: Facet[] = body.facets.challenge;
      // Disjunctive: with ensomhed chosen, angst is still offered with its own count.
      expect(challengeFacet.find((facet) => facet.code === 'angst')?.count).toBe(1);
      expect(challengeFacet.find((facet) => facet.code === 'ensomhed')).toMatchObject({
        selected: true,
        count: 3,
      });
      let checked = 0;
      for (const vocabulary of ['target_group', 'activity', 'age_group', 'district']) {
        for (const facet of body.facets[vocabulary] as Facet[]) {
          const selected = await search(`${base}&${vocabulary}=${facet.id}`);
          expect({ vocabulary, code: facet.code, total: selected.total }).toEqual({
            vocabulary,
            code: facet.code,
            total: facet.count,
          });
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(8);
    });

    it('filters ages by range overlap', async () => {
      const fifteen = (await search('age=15')).items.map((item: Hit) => item.id);
      expect(fifteen).toEqual(expect.arrayContaining([ids.youthAnxiety, ids.youthChat, ids.copenhagen]));
      expect(fifteen).not.toContain(ids.visitor);
      expect(fifteen).not.toContain(ids.adultAnxiety);
      const sixtiesToSeventies = (await search('age=60-70')).items.map((item: Hit) => item.id);
      expect(sixtiesToSeventies).toEqual(
        expect.arrayContaining([ids.visitor, ids.network, ids.adultAnxiety]),
      );
      expect(sixtiesToSeventies).not.toContain(ids.youthAnxiety);
    });

    it('keeps only offers open now by their schedule', async () => {
      const open = (await search('open_now=true&challenge=ensomhed')).items.map((item: Hit) => item.id);
      expect(open).toEqual([ids.visitor]);
    });
  });

  describe('distance', () => {
    it('sorts by real distance and gets the kilometres right within 1 %', async () => {
      const body = await search(`near=${AARHUS_C.latitude},${AARHUS_C.longitude}&sort=distance&size=50`);
      const distances = body.items
        .map((item: Hit) => item.distanceKm)
        .filter((km: number | null) => km !== null);
      expect(distances).toEqual([...distances].sort((x, y) => x - y));
      const kmTo = (id: string) => body.items.find((item: Hit) => item.id === id)?.distanceKm ?? NaN;
      expect(Math.abs(kmTo(ids.youthAnxiety) / KM_TO_SILKEBORG_POINT - 1)).toBeLessThan(0.01);
      expect(Math.abs(kmTo(ids.copenhagen) / KM_TO_COPENHAGEN_CITY_HALL - 1)).toBeLessThan(0.01);
      // Online offers have no place: they come last, without a distance.
      expect(body.items.at(-1)).toMatchObject({ id: ids.youthChat, distanceKm: null });
    });

    it('keeps offers within the radius, measured from a postcode', async () => {
      const body = await search('postcode=8000&radius_km=10');
      const found = body.items.map((item: Hit) => item.id);
      expect(found).toEqual(expect.arrayContaining([ids.visitor, ids.network, ids.adultAnxiety]));
      expect(found).not.toContain(ids.youthAnxiety);
      expect(found).not.toContain(ids.copenhagen);
      expect(found).not.toContain(ids.youthChat);
    });
  });

  describe('what the public sees', () => {
    it('never shows drafts, offers in review or archived offers', async () => {
      const body = await search('q=hemmelighedsgruppe');
      expect(body.total).toBe(0);
      for (const status of ['draft', 'in_review', 'archived']) {
        await a.get(`/api/v1/offers/${ids[status]}`).expect(404);
      }
      const all = await search('size=100');
      const shown = all.items.map((item: Hit) => item.id);
      for (const hidden of [ids.draft, ids.in_review, ids.archived]) expect(shown).not.toContain(hidden);
      expect(all.total).toBe(6);
    });

    it('shows a published offer with everything a citizen needs', async () => {
      const offer = (await a.get(`/api/v1/offers/${ids.visitor}`).expect(200)).body;
      expect(offer).toMatchObject({
        name: 'Besøgsven til ensomme ældre',
        organization: { name: 'Ensomme Gamles Værn' },
        locations: [{ postalCode: '8000', city: 'Aarhus C', address1: 'Klostergade 37' }],
        schedules: [{ byday: WEEKDAYS, opensAt: '00:00', closesAt: '24:00' }],
        terms: { challenge: [{ code: 'ensomhed' }], district: [{ name: 'Midtbyen' }] },
      });
      expect(offer.assuredDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(offer).not.toHaveProperty('assurerEmail');
    });

    it('gives each result its price and opening times, so a card can show them', async () => {
      const paid = (await search('q=rådgivning voksne angst')).items.find(
        (item: Hit) => item.id === ids.adultAnxiety,
      );
      expect(paid).toMatchObject({ isFree: false, feeAmount: 200, feesDescription: '200 kr. pr. samtale', schedules: [] });
      const visitor = (await search('q=besøgsven')).items.find((item: Hit) => item.id === ids.visitor);
      expect(visitor).toMatchObject({
        isFree: true,
        scheduleDescription: '',
        schedules: [
          {
            byday: WEEKDAYS,
            opensAt: '00:00',
            closesAt: '24:00',
            validFrom: null,
            validTo: null,
            description: '',
          },
        ],
      });
      // Another tenant's search never carries this tenant's opening times.
      const inB = await search('q=besøgsven', b);
      expect(inB.items.map((item: Hit) => item.id)).toEqual([ids.inB]);
      expect(inB.items[0].schedules).toEqual([]);
    });

    it('autocompletes over terms and titles', async () => {
      const terms = (await a.get('/api/v1/suggest?q=ens').expect(200)).body.items;
      expect(terms[0]).toMatchObject({ type: 'term', text: 'Ensomhed', vocabulary: 'challenge' });
      const titles = (await a.get('/api/v1/suggest?q=besøgsv').expect(200)).body.items;
      expect(titles).toContainEqual(expect.objectContaining({ type: 'offer', id: ids.visitor }));
    });

    it('lists every vocabulary with its terms and synonyms', async () => {
      const { items } = (await a.get('/api/v1/taxonomy').expect(200)).body;
      const codes = items.map((vocabulary: { code: string }) => vocabulary.code).sort();
      expect(codes).toEqual(['activity', 'age_group', 'challenge', 'district', 'target_group']);
      const challenge = items.find((vocabulary: { code: string }) => vocabulary.code === 'challenge');
      expect(challenge.terms.length).toBeGreaterThanOrEqual(30);
      expect(challenge.terms.find((term: { code: string }) => term.code === 'ensomhed').synonyms).toContain(
        'alene',
      );
    });
  });

  describe('bad parameters', () => {
    it.each([
      ['radius_km', 'radius_km=-1&postcode=8000'],
      ['near', 'near=abc'],
      ['size', 'size=10000'],
      ['challenge', 'challenge=findes-ikke'],
      ['sort', 'sort=foo'],
      ['q', `q=${'a'.repeat(10_000)}`],
      ['age', 'age=70-20'],
      ['postcode', 'postcode=0001'],
      ['sort', 'sort=distance'],
      ['radius_km', 'radius_km=5'],
      ['open_now', 'open_now=maybe'],
      ['near', 'near=91,10'],
      ['unknown', 'unknown=1'],
    ])('a bad %s gives a 400 naming it', async (field, query) => {
      const response = await a.get(`/api/v1/offers?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });
  });

  describe('tenant isolation', () => {
    it('does not show another tenant’s offer by id, in search, or to its editors', async () => {
      await b.get(`/api/v1/offers/${ids.visitor}`).expect(404);
      await b.get(`/api/v1/admin/offers/${ids.visitor}`).expect(404);
      await a.get(`/api/v1/offers/${ids.inB}`).expect(404);
      const inB = await search('q=besøgsven', b);
      expect(inB.items.map((item: Hit) => item.id)).toEqual([ids.inB]);
      const inA = await search('q=besøgsven');
      expect(inA.items.map((item: Hit) => item.id)).not.toContain(ids.inB);
    });

    it('lists an association’s offers for its page, and none of another tenant’s association', async () => {
      const own = await search(`organization=${ids.vaernet}`);
      expect(own.total).toBeGreaterThan(0);
      expect(
        own.items.every(
          (item: Hit & { organization: { id: string } }) => item.organization.id === ids.vaernet,
        ),
      ).toBe(true);
      expect((await search(`organization=${ids.otherOrganization}`)).total).toBe(0);
      const refused = await a.get('/api/v1/offers?organization=not-an-id').expect(400);
      expect(refused.body.errors[0].field).toBe('organization');
    });

    it('refuses another tenant’s term ids as unknown', async () => {
      const response = await a.get(`/api/v1/offers?challenge=${b.term('challenge', 'ensomhed')}`).expect(400);
      expect(response.body.errors[0].field).toBe('challenge');
    });

    it('cannot change or publish another tenant’s offer', async () => {
      await b.patch(`/api/v1/offers/${ids.visitor}`, { name: 'Kapret', version: 2 }).expect(404);
      await b.post(`/api/v1/offers/${ids.draft}/publish`, { version: 1 }).expect(404);
      await a.get(`/api/v1/offers/${ids.draft}`).expect(404);
      expect((await a.get(`/api/v1/offers/${ids.visitor}`).expect(200)).body.name).toBe(
        'Besøgsven til ensomme ældre',
      );
    });
  });
});
