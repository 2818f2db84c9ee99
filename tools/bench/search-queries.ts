import { DEFAULT_VOCABULARIES, KNOWN_DISTRICTS } from '../../migrations/tenant/data/default-taxonomy';
import { postcodeArea } from '@socialkompas/denmark';

/** What citizens and staff type, typos included (ensomed, depresion, angts). */
const TEXTS = [
  'ensom',
  'ensomhed',
  'angst',
  'angst unge',
  'depression',
  'sorg',
  'alene',
  'ensomed',
  'depresion',
  'besøgsven',
  'lektiehjælp',
  'gæld',
  'samtalegruppe',
  'demens pårørende',
  'kræft',
  'stress',
  'alkohol',
  'mentor',
  'motion',
  'fællesspisning',
  'rådgivning',
  'flygtninge',
  'adhd',
  'autisme',
  'overvægt',
  'spiseforstyrrelse',
  'selvskade',
  'hjemløs',
  'skilsmisse børn',
  'mobning',
  'ledig',
  'frivillig',
  'telefon',
  'unge',
  'ældre',
  'sorggruppe',
  'angts',
  'ensomhd',
  'netværk',
  'kaffe',
];

/** A small deterministic PRNG (mulberry32), so every run sends the same 200 queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The fixed mix of 200 search URLs: 40 % free text, 30 % facets, 20 % geography, 10 % combined
 * with flags (free, online, open now, age), over the default vocabularies and, where the tenants
 * have them, Aarhus's districts.
 */
export function searchQueryMix(options: { count?: number; withDistricts?: boolean } = {}): string[] {
  const { count = 200, withDistricts = true } = options;
  const next = random(20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const codes = (vocabulary: string) =>
    DEFAULT_VOCABULARIES.find((entry) => entry.code === vocabulary)?.terms.map((term) => term.code) ?? [];
  const [challenges, targetGroups, activities] = ['challenge', 'target_group', 'activity'].map(codes);
  const districts = (KNOWN_DISTRICTS.aarhus ?? []).map((term) => term.code);
  const postcodes = (KNOWN_DISTRICTS.aarhus ?? []).flatMap((term) => term.postcodes ?? []);
  const queries: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = index % 10;
    const parameters = new URLSearchParams();
    if (kind < 4) {
      parameters.set('q', pick(TEXTS));
    } else if (kind < 7) {
      parameters.set('challenge', pick(challenges));
      if (kind >= 5) parameters.set('target_group', pick(targetGroups));
      if (kind === 6) parameters.set('activity', pick(activities));
    } else if (kind < 9) {
      const area = postcodeArea(pick(postcodes));
      if (kind === 7 && area) parameters.set('near', `${area.latitude},${area.longitude}`);
      else parameters.set('postcode', pick(postcodes));
      parameters.set('radius_km', String(pick([2, 5, 10])));
      parameters.set('sort', 'distance');
      if (next() < 0.5) parameters.set('challenge', pick(challenges));
    } else {
      parameters.set('q', pick(TEXTS));
      parameters.set(pick(['free', 'online', 'open_now']), 'true');
      parameters.set('age', String(pick([8, 15, 25, 45, 70])));
      if (withDistricts && next() < 0.5) parameters.set('district', pick(districts));
    }
    queries.push(`/api/v1/offers?${parameters.toString()}`);
  }
  return queries;
}
