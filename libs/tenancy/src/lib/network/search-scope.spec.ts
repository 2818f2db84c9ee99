import type { Tenant } from '../registry/tenant.entity';
import { nearbyOffersOf, NetworkTenant, resolveSearchScope } from './search-scope';

const tenant = (slug: string, kind: Tenant['kind'], settings: Record<string, unknown> = {}): Tenant =>
  ({ id: `id-${slug}`, slug, name: slug, kind, status: 'active', settings }) as Tenant;

const region = tenant('midt', 'region');
const otherRegion = tenant('syd', 'region');
const nation = tenant('danmark', 'national');
const aarhus = tenant('aarhus', 'municipality', { nearbyOffers: 'region' });
const silkeborg = tenant('silkeborg', 'municipality', { nearbyOffers: 'all' });
const odder = tenant('odder', 'municipality');
const odense = tenant('odense', 'municipality');
const loose = tenant('loose', 'municipality', { nearbyOffers: 'region' });
const inRegion = (entry: Tenant, of: Tenant | null): NetworkTenant => ({ tenant: entry, region: of });

const network: NetworkTenant[] = [
  inRegion(region, region),
  inRegion(otherRegion, otherRegion),
  inRegion(nation, null),
  inRegion(aarhus, region),
  inRegion(silkeborg, region),
  inRegion(odder, region),
  inRegion(odense, otherRegion),
  inRegion(loose, null),
];

const slugsOf = (host: Tenant, placeSearch = false) =>
  resolveSearchScope(host, network, placeSearch)?.members.map((member) => member.tenant.slug);

describe('the search scope of a host', () => {
  it('is a region, its members and the nation for a region', () => {
    expect(slugsOf(region)).toEqual(['midt', 'danmark', 'aarhus', 'silkeborg', 'odder']);
  });

  it('is every tenant for the nation, itself first', () => {
    expect(slugsOf(nation)).toEqual([
      'danmark',
      'midt',
      'syd',
      'aarhus',
      'silkeborg',
      'odder',
      'odense',
      'loose',
    ]);
  });

  it('is a municipality and the nation, unless a place search meets its nearby setting', () => {
    expect(slugsOf(odder, true)).toEqual(['odder', 'danmark']);
    expect(slugsOf(aarhus)).toEqual(['aarhus', 'danmark']);
    expect(slugsOf(aarhus, true)).toEqual(['aarhus', 'danmark', 'silkeborg', 'odder']);
    expect(slugsOf(silkeborg, true)).toEqual(['silkeborg', 'danmark', 'aarhus', 'odder', 'odense', 'loose']);
    expect(slugsOf(loose, true)).toEqual(['loose', 'danmark']);
  });

  it('is nothing for a host the network does not serve, and never reaches such a tenant', () => {
    const suspended = tenant('lukket', 'municipality');
    expect(resolveSearchScope(suspended, network, false)).toBeNull();
    expect(slugsOf(nation)).not.toContain('lukket');
  });

  it('reads the nearby setting as off unless it is a known value', () => {
    expect(nearbyOffersOf(tenant('x', 'municipality', { nearbyOffers: 'everywhere' }))).toBe('off');
    expect(nearbyOffersOf(tenant('x', 'municipality'))).toBe('off');
    expect(nearbyOffersOf(aarhus)).toBe('region');
  });
});
