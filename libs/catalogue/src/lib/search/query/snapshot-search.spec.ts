import { TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { autocomplete } from '../suggest/autocomplete';
import { danishMoment } from './danish-time';
import { foldText } from './fold-text';
import { LruCache } from './lru-cache';
import { matchSnippet } from './snippet';
import { assembleSnapshot, OfferFacts, SearchSnapshot } from './search-snapshot';
import { Point, searchSnapshot, unfilteredCriteria } from './snapshot-search';

const RADIANS = Math.PI / 180;

/** The haversine formula, as the reference the snapshot's chord distances must agree with. */
function haversineKm(from: Point, latitude: number, longitude: number): number {
  const a =
    Math.sin(((latitude - from.latitude) * RADIANS) / 2) ** 2 +
    Math.cos(from.latitude * RADIANS) *
      Math.cos(latitude * RADIANS) *
      Math.sin(((longitude - from.longitude) * RADIANS) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

const terms: TermWithVocabulary[] = [
  {
    id: 't-lonely',
    code: 'ensomhed',
    name: 'Ensomhed',
    vocabulary: 'challenge',
    synonyms: [],
    minimumAge: null,
    maximumAge: null,
  },
  {
    id: 't-anxiety',
    code: 'angst',
    name: 'Angst',
    vocabulary: 'challenge',
    synonyms: [],
    minimumAge: null,
    maximumAge: null,
  },
  {
    id: 't-young',
    code: 'unge',
    name: 'Unge',
    vocabulary: 'target_group',
    synonyms: [],
    minimumAge: null,
    maximumAge: null,
  },
  {
    id: 't-old',
    code: 'aeldre',
    name: 'Ældre',
    vocabulary: 'target_group',
    synonyms: [],
    minimumAge: null,
    maximumAge: null,
  },
  {
    id: 't-talk',
    code: 'samtalegrupper',
    name: 'Samtalegrupper',
    vocabulary: 'activity',
    synonyms: [],
    minimumAge: null,
    maximumAge: null,
  },
  {
    id: 't-mentor',
    code: 'mentorordning',
    name: 'Mentorordning',
    vocabulary: 'activity',
    synonyms: [],
    minimumAge: null,
    maximumAge: null,
  },
];

function offer(id: string, termOrdinals: number[], extra: Partial<OfferFacts> = {}): OfferFacts {
  return {
    id,
    status: 'published',
    name: id,
    organizationId: 'association',
    foldedName: id,
    publishedAt: 0,
    isFree: true,
    online: false,
    minimumAge: 0,
    maximumAge: 130,
    terms: Uint16Array.from(termOrdinals),
    points: new Float64Array(),
    openings: [],
    cardJson: JSON.stringify({
      id,
      name: id,
      summary: '',
      isFree: true,
      feeAmount: null,
      feesDescription: '',
      attendingTypes: [],
      languages: [],
      minimumAge: null,
      maximumAge: null,
      referralRequired: false,
      anonymous: false,
      scheduleDescription: '',
      assuredDate: null,
      publishedAt: null,
      organization: { id: 'association', name: 'Forening' },
      locations: [],
      schedules: [],
      terms: {},
    }),
    snippetText: '',
    summaryLength: 0,
    ...extra,
  };
}

function snapshotOf(offers: OfferFacts[]): SearchSnapshot {
  return assembleSnapshot(
    { tenantId: 'tenant', tenantSlug: 'tenant', generation: '1', audience: 'staff', terms },
    offers,
  );
}

const noSelection = { challenge: [], target_group: [], activity: [], age_group: [], district: [] };
const criteria = unfilteredCriteria;

describe('searchSnapshot', () => {
  const snapshot = snapshotOf([
    offer('lonely-young', [0, 2], { publishedAt: 3 }),
    offer('lonely-old', [0, 3], { publishedAt: 2 }),
    offer('anxious-young', [1, 2], { publishedAt: 1 }),
  ]);

  it('counts facets disjunctively: a chosen term’s siblings keep their counts', () => {
    const result = searchSnapshot(
      snapshot,
      criteria({ selection: { ...noSelection, challenge: ['t-lonely'] } }),
    );
    expect(result.total).toBe(2);
    expect(Object.fromEntries(result.facets)).toEqual({
      't-lonely': 2,
      't-anxiety': 1,
      't-young': 1,
      't-old': 1,
    });
  });

  it('gives each facet the count that choosing it then returns', () => {
    const base = { ...noSelection, target_group: ['t-young'] };
    const { facets } = searchSnapshot(snapshot, criteria({ selection: base }));
    for (const term of ['t-lonely', 't-anxiety']) {
      const chosen = searchSnapshot(snapshot, criteria({ selection: { ...base, challenge: [term] } }));
      expect(chosen.total).toBe(facets.get(term));
    }
  });

  it('counts three chosen vocabularies as choosing each term would, from the offers on two of their lists', () => {
    // Every subset of the six terms, so each way of passing and failing the three filters occurs.
    const offers = Array.from({ length: 64 }, (_, mask) =>
      offer(
        `offer-${mask}`,
        [0, 1, 2, 3, 4, 5].filter((ordinal) => (mask & (1 << ordinal)) !== 0),
      ),
    );
    const chosen = { challenge: ['t-lonely'], target_group: ['t-young'], activity: ['t-talk'] };
    const result = searchSnapshot(snapshotOf(offers), criteria({ selection: { ...noSelection, ...chosen } }));
    const passes = (offered: OfferFacts, vocabulary: keyof typeof chosen) =>
      Array.from(offered.terms).some((ordinal) => chosen[vocabulary].includes(terms[ordinal].id));
    const passesAllBut = (offered: OfferFacts, skipped: string) =>
      (Object.keys(chosen) as (keyof typeof chosen)[]).every(
        (vocabulary) => vocabulary === skipped || passes(offered, vocabulary),
      );
    const expected = new Map<string, number>();
    terms.forEach((term, ordinal) => {
      const count = offers.filter(
        (offered) => offered.terms.includes(ordinal) && passesAllBut(offered, term.vocabulary),
      ).length;
      if (count > 0) expected.set(term.id, count);
    });
    expect(result.total).toBe(offers.filter((offered) => passesAllBut(offered, '')).length);
    expect(result.total).toBe(8);
    expect(Object.fromEntries(result.facets)).toEqual(Object.fromEntries(expected));
  });

  it('filters by status and counts statuses disjunctively, with every other filter applied', () => {
    const staff = snapshotOf([
      offer('draft-lonely', [0], { status: 'draft' }),
      offer('published-lonely', [0]),
      offer('published-anxious', [1]),
      offer('archived-lonely', [0], { status: 'archived' }),
    ]);
    const lonely = { ...noSelection, challenge: ['t-lonely'] };
    const all = searchSnapshot(staff, criteria({ selection: lonely }));
    expect(all.total).toBe(3);
    expect(Object.fromEntries(all.statusCounts)).toEqual({ draft: 1, published: 1, archived: 1 });
    const drafts = searchSnapshot(staff, criteria({ selection: lonely, statuses: ['draft', 'in_review'] }));
    expect(drafts.page.map((hit) => hit.id)).toEqual(['draft-lonely']);
    expect(Object.fromEntries(drafts.statusCounts)).toEqual(Object.fromEntries(all.statusCounts));
    // The term facets follow the status filter: no anxious draft.
    expect(Object.fromEntries(drafts.facets)).toEqual({ 't-lonely': 1 });
  });

  it('keeps only one association’s offers for its page', () => {
    const snapshot = snapshotOf([
      offer('a', [0]),
      offer('b', [0], { organizationId: 'other' }),
      offer('c', [1]),
    ]);
    const result = searchSnapshot(snapshot, criteria({ organizationId: 'association' }));
    expect(result.total).toBe(2);
    expect(result.page.map((hit) => hit.id).sort()).toEqual(['a', 'c']);
  });

  it('pages through the best hits in the same order a full sort gives', () => {
    const many = snapshotOf(
      Array.from({ length: 500 }, (_, index) =>
        offer(`o${index}`, [0], { publishedAt: (index * 7919) % 500 }),
      ),
    );
    const fullOrder = [...many.offers].sort((a, b) => b.publishedAt - a.publishedAt).map((facts) => facts.id);
    const pages = [0, 20, 40].flatMap((offset) =>
      searchSnapshot(many, criteria({ offset, limit: 20 })).page.map((hit) => hit.id),
    );
    expect(pages).toEqual(fullOrder.slice(0, 60));
  });

  it('puts offers without a place last when sorting by distance', () => {
    const aarhus = { latitude: 56.1567, longitude: 10.2108 };
    const places = snapshotOf([
      offer('online', [0]),
      offer('far', [0], { points: Float64Array.from([55.6761, 12.5683]) }),
      offer('near', [0], { points: Float64Array.from([56.16, 10.21, 55.0, 9.0]) }),
    ]);
    const result = searchSnapshot(places, criteria({ origin: aarhus, sort: 'distance' }));
    expect(result.page.map((hit) => hit.id)).toEqual(['near', 'far', 'online']);
    expect(result.page[1].distanceKm).toBeCloseTo(haversineKm(aarhus, 55.6761, 12.5683), 6);
  });

  it('finds, within a radius, the places in reach and nothing when every place is far', () => {
    const aarhus = { latitude: 56.1567, longitude: 10.2108 };
    // 10 km due north of Aarhus: at the very edge of the band of latitudes in reach.
    const edge = aarhus.latitude + 10 / (6371.0088 * (Math.PI / 180)) - 1e-9;
    const places = snapshotOf([
      offer('online', [0]),
      offer('copenhagen', [0], { points: Float64Array.from([55.6761, 12.5683]) }),
      offer('north', [1], { points: Float64Array.from([edge, aarhus.longitude]) }),
    ]);
    const near = searchSnapshot(places, criteria({ origin: aarhus, radiusKm: 10, sort: 'distance' }));
    expect(near.page.map((hit) => hit.id)).toEqual(['north']);
    expect(Object.fromEntries(near.facets)).toEqual({ 't-anxiety': 1 });
    const far = snapshotOf(places.offers.filter((facts) => facts.id === 'copenhagen'));
    const none = searchSnapshot(far, criteria({ origin: aarhus, radiusKm: 10 }));
    expect([none.total, none.page, Object.fromEntries(none.facets)]).toEqual([0, [], {}]);
    expect(Object.fromEntries(none.statusCounts)).toEqual({});
  });

  it('measures and filters by distance as the haversine formula does, across Denmark', () => {
    const origin = { latitude: 56.1567, longitude: 10.2108 };
    // A fixed spread of places from Skagen to Gedser and Esbjerg to Bornholm.
    const places = Array.from({ length: 400 }, (_, index) => ({
      id: `place-${index}`,
      latitude: 54.55 + ((index * 37) % 400) * 0.0075,
      longitude: 8.07 + ((index * 91) % 400) * 0.017,
    }));
    const snapshot = snapshotOf(
      places.map((place) =>
        offer(place.id, [0], { points: Float64Array.from([place.latitude, place.longitude]) }),
      ),
    );
    const expected = new Map(
      places.map((place) => [place.id, haversineKm(origin, place.latitude, place.longitude)]),
    );
    const radiusKm = 75;
    const found = searchSnapshot(
      snapshot,
      criteria({ origin, radiusKm, sort: 'distance', limit: places.length }),
    );
    const inReach = [...expected].filter(([, km]) => km <= radiusKm).sort((a, b) => a[1] - b[1]);
    expect(inReach.length).toBeGreaterThan(20);
    expect(inReach.length).toBeLessThan(places.length / 2);
    expect(found.page.map((hit) => hit.id)).toEqual(inReach.map(([id]) => id));
    for (const hit of found.page) expect(hit.distanceKm).toBeCloseTo(expected.get(hit.id) ?? NaN, 9);
  });

  it('finds every place on the edge of a radius’s circle through the box of latitudes and longitudes it spans', () => {
    const origin = { latitude: 56.1567, longitude: 10.2108 };
    const radiusKm = 10;
    /** The place `km` from the origin at a bearing (degrees from north), on the sphere. */
    const destination = (km: number, bearing: number) => {
      const [latitude, angle, course] = [origin.latitude * RADIANS, km / 6371.0088, bearing * RADIANS];
      const to = Math.asin(
        Math.sin(latitude) * Math.cos(angle) + Math.cos(latitude) * Math.sin(angle) * Math.cos(course),
      );
      const east = Math.atan2(
        Math.sin(course) * Math.sin(angle) * Math.cos(latitude),
        Math.cos(angle) - Math.sin(latitude) * Math.sin(to),
      );
      return [to / RADIANS, origin.longitude + east / RADIANS];
    };
    const ring = (km: number, name: string) =>
      Array.from({ length: 360 }, (_, bearing) =>
        offer(`${name}-${bearing}`, [0], { points: Float64Array.from(destination(km, bearing)) }),
      );
    // Far more places far south than near: the band of latitudes is read, not every offer.
    const south = Array.from({ length: 3000 }, (_, index) =>
      offer(`south-${index}`, [0], {
        points: Float64Array.from([54.6 + (index % 40) * 0.01, 9 + index * 0.001]),
      }),
    );
    const snapshot = snapshotOf([
      ...ring(radiusKm * 0.9999, 'inside'),
      ...ring(radiusKm * 1.0001, 'outside'),
      ...south,
    ]);
    const found = searchSnapshot(snapshot, criteria({ origin, radiusKm, limit: 1000 }));
    expect(found.total).toBe(360);
    expect(found.page.every((hit) => hit.id.startsWith('inside-'))).toBe(true);
  });

  it('keeps offers open at the moment asked about, by weekday, hour and validity', () => {
    const tuesday = 1 << 1;
    const openings = snapshotOf([
      offer('tuesday-evening', [0], {
        openings: [
          { weekdays: tuesday, opensAt: 17 * 60, closesAt: 19 * 60, validFrom: null, validTo: null },
        ],
      }),
      offer('expired', [0], {
        openings: [{ weekdays: tuesday, opensAt: 0, closesAt: 24 * 60, validFrom: null, validTo: 0 }],
      }),
    ]);
    const tuesdayAt18 = danishMoment(new Date('2026-11-24T17:00:00Z'));
    expect(tuesdayAt18).toMatchObject({ weekday: 1, minute: 18 * 60 });
    expect(searchSnapshot(openings, criteria({ openAt: tuesdayAt18 })).page.map((hit) => hit.id)).toEqual([
      'tuesday-evening',
    ]);
    const summerTime = danishMoment(new Date('2026-07-01T16:30:00Z'));
    expect(summerTime).toMatchObject({ weekday: 2, minute: 18 * 60 + 30 });
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entries once the weight budget is spent', () => {
    const cache = new LruCache<string, number>(10);
    cache.set('a', 1, 4);
    cache.set('b', 2, 4);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3, 4);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });
});

describe('autocomplete', () => {
  const snapshot = snapshotOf([
    {
      ...offer('visit', [0]),
      name: 'Besøgsven til ensomme ældre',
      foldedName: foldText('Besøgsven til ensomme ældre'),
    },
    { ...offer('network', [0]), name: 'Netværk mod ensomhed', foldedName: foldText('Netværk mod ensomhed') },
  ]);
  snapshot.terms[0].synonyms = ['alene', 'ingen venner'];

  it('suggests terms by name or synonym, then titles with a word that starts so', () => {
    expect(autocomplete(snapshot, 'ens', 5).map((item) => item.text)).toEqual([
      'Ensomhed',
      'Netværk mod ensomhed',
      'Besøgsven til ensomme ældre',
    ]);
    expect(autocomplete(snapshot, 'venner', 5).map((item) => item.text)).toEqual(['Ensomhed']);
    expect(autocomplete(snapshot, 'AELDRE', 5).map((item) => item.id)).toEqual(['t-old', 'visit']);
    expect(autocomplete(snapshot, 'omme', 5)).toEqual([]);
  });
});

describe('matchSnippet', () => {
  it('reads words beyond Latin-1 as PostgreSQL does: letters outside the BMP, combining marks, no emoji', () => {
    const text = 'Vi mødes 😀 i 𝔄𝔅-gruppen om angst, cafe\u0301 og kaffe.';
    expect(matchSnippet(text, ['angst', 'cafe'])).toBe(
      'Vi mødes 😀 i 𝔄𝔅-gruppen om <mark>angst</mark>, <mark>cafe\u0301</mark> og kaffe',
    );
  });

  it('marks words starting with a lexeme, from the start of the sentence of the first match, with editors’ text escaped', () => {
    expect(matchSnippet('Vi drikker <Kaffe>, går en tur. Kaffen er god & varm', ['kaf'])).toBe(
      'Vi drikker &lt;<mark>Kaffe</mark>&gt;, går en tur. <mark>Kaffen</mark> er god &amp; varm',
    );
    expect(matchSnippet('Ældre mødes', ['aeldr'])).toBe('<mark>Ældre</mark> mødes');
    const text =
      'Vi hjælper dig og din familie med det svære i hverdagen. Hver mandag taler vi om angst og uro, og vi drikker kaffe bagefter.';
    expect(matchSnippet(text, ['angst'])).toBe(
      'Hver mandag taler vi om <mark>angst</mark> og uro, og vi drikker kaffe bagefter',
    );
    // Neither an abbreviation before a time nor the time itself ends a sentence.
    expect(
      matchSnippet('Hjælp til alle. Vi ses kl. 16.30 om sorg og savn hver tirsdag i huset ved søen.', [
        'sorg',
      ]),
    ).toBe('Vi ses kl. 16.30 om <mark>sorg</mark> og savn hver tirsdag i huset ved søen');
  });

  it('cuts 30 words from a match far into its sentence, after "… ", or gives the first 12 words without one', () => {
    const words = Array.from({ length: 50 }, (_, index) => `ord${index}`);
    words[10] = 'kaffe';
    const text = words.join(' ');
    const extract = matchSnippet(text, ['kaf']);
    expect(extract.startsWith('… <mark>kaffe</mark> ord11')).toBe(true);
    expect(extract.slice(2).split(' ')).toHaveLength(30);
    expect(matchSnippet(text, ['te'])).toBe(words.slice(0, 12).join(' '));
  });

  it('starts earlier where the text ends soon after the match, so the extract is never a word or two', () => {
    const words = Array.from({ length: 40 }, (_, index) => `ord${index}`);
    words[39] = 'sorg';
    const extract = matchSnippet(words.join(' '), ['sorg']);
    expect(extract).toBe(`… ${words.slice(28, 39).join(' ')} <mark>sorg</mark>`);
  });
});
