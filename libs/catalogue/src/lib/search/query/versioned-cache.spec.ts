import { anotherVersion, laterGeneration, VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it("drops an owner's entries of an older generation as soon as a newer one is stored", () => {
    const cache = new VersionedCache<string>(1_000, laterGeneration);
    cache.set('aarhus', '7', 'angst', 'svar 7');
    cache.set('silkeborg', '3', 'angst', 'svar 3');
    cache.set('aarhus', '8', 'ensomhed', 'svar 8');

    expect(cache.get('aarhus', '7', 'angst')).toBeUndefined();
    expect(cache.get('aarhus', '8', 'ensomhed')).toBe('svar 8');
    // Another owner's entries are its own.
    expect(cache.get('silkeborg', '3', 'angst')).toBe('svar 3');
  });

  it('keeps nothing for a generation older than the current one (a slow search finishing late)', () => {
    const cache = new VersionedCache<string>(1_000, laterGeneration);
    cache.set('aarhus', '10', 'angst', 'nyt');
    cache.set('aarhus', '9', 'angst', 'gammelt');

    expect(cache.get('aarhus', '9', 'angst')).toBeUndefined();
    expect(cache.get('aarhus', '10', 'angst')).toBe('nyt');
  });

  it('drops what an announced newer version supersedes, before anything of it is stored', () => {
    const cache = new VersionedCache<string>(1_000, laterGeneration);
    cache.set('aarhus', '1', 'angst', 'svar');
    cache.advance('aarhus', '2');

    expect(cache.get('aarhus', '1', 'angst')).toBeUndefined();
  });

  it('treats any other scope version as newer', () => {
    const cache = new VersionedCache<string>(1_000, anotherVersion);
    cache.set('region', '4,9', 'angst', 'før');
    cache.set('region', '4,10', 'angst', 'efter');

    expect(cache.get('region', '4,9', 'angst')).toBeUndefined();
    expect(cache.get('region', '4,10', 'angst')).toBe('efter');
  });

  it('stays within its weight, and forgets the keys the budget pushed out', () => {
    const cache = new VersionedCache<number>(3, laterGeneration);
    for (let index = 0; index < 5; index++) cache.set('aarhus', '1', `tekst ${index}`, index);

    expect(cache.get('aarhus', '1', 'tekst 0')).toBeUndefined();
    expect(cache.get('aarhus', '1', 'tekst 1')).toBeUndefined();
    expect([2, 3, 4].map((index) => cache.get('aarhus', '1', `tekst ${index}`))).toEqual([2, 3, 4]);
    // The next generation drops the three still kept; the evicted ones are not held anywhere.
    cache.set('aarhus', '2', 'tekst 0', 10);
    expect(cache.get('aarhus', '1', 'tekst 4')).toBeUndefined();
    expect(cache.get('aarhus', '2', 'tekst 0')).toBe(10);
  });
});
