import { toPublicTenant } from './tenant';

describe('the public tenant of a host', () => {
  it('may be a municipality, a region or the national portal', () => {
    for (const kind of ['municipality', 'region', 'national']) {
      expect(toPublicTenant({ slug: 'danmark', name: 'Hele landet', kind, theme: {} })?.kind).toBe(kind);
    }
  });

  it('is refused when its kind is unknown, so the page says so instead of guessing', () => {
    expect(toPublicTenant({ slug: 'x', name: 'X', kind: 'county', theme: {} })).toBeUndefined();
  });
});
