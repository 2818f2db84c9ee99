import {
  activeFilterCount,
  apiQueryOf,
  termsOf,
  withoutFilters,
  withParam,
  withTermToggled,
} from './search-params';

describe('search state in the URL', () => {
  it('toggles terms as a comma list and starts again at page 1', () => {
    const start = new URLSearchParams('challenge=angst&page=3');
    const added = withTermToggled(start, 'challenge', 'ensomhed');
    expect(termsOf(added, 'challenge')).toEqual(['angst', 'ensomhed']);
    expect(added.has('page')).toBe(false);
    expect(termsOf(withTermToggled(added, 'challenge', 'angst'), 'challenge')).toEqual(['ensomhed']);
  });

  it('keeps the page only when paging, and drops empty values', () => {
    const params = new URLSearchParams('q=angst&page=2');
    expect(withParam(params, 'page', '3').get('page')).toBe('3');
    expect(withParam(params, 'q', '').has('q')).toBe(false);
  });

  it('shapes the URL into the API query the OpenAPI document declares', () => {
    const params = new URLSearchParams(
      'q=ung&challenge=angst,ensomhed&age=15&free=true&online=false&radius_km=5&page=2&lang=en',
    );
    expect(apiQueryOf(params)).toEqual({
      q: 'ung',
      challenge: ['angst', 'ensomhed'],
      age: '15',
      free: true,
      radius_km: 5,
      page: 2,
    });
  });

  it('carries whose offers (municipalities, regions) like the vocabularies, and counts them', () => {
    const params = withTermToggled(new URLSearchParams('municipality=aarhus'), 'municipality', 'silkeborg');
    expect(params.toString()).toBe('municipality=aarhus%2Csilkeborg');
    const query = apiQueryOf(new URLSearchParams('region=midtjylland&municipality=aarhus,danmark'));
    expect(query).toEqual({ region: ['midtjylland'], municipality: ['aarhus', 'danmark'] });
    expect(activeFilterCount(new URLSearchParams('region=midtjylland&municipality=aarhus,danmark'))).toBe(3);
  });

  it('counts the filters in force, not the free text', () => {
    expect(activeFilterCount(new URLSearchParams('q=x&challenge=a,b&age=15&open_now=true'))).toBe(4);
  });

  it('broadens to everything but keeps the language', () => {
    expect(withoutFilters(new URLSearchParams('q=x&district=viby&lang=en')).toString()).toBe('lang=en');
  });
});
