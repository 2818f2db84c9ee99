import type { Tenant } from '../registry/tenant.entity';

/** A tenant setting: whether a municipality's place searches also show other municipalities' offers. */
export const NEARBY_OFFERS = ['off', 'region', 'all'] as const;
export type NearbyOffers = (typeof NEARBY_OFFERS)[number];

/** A tenant's `nearbyOffers` setting, 'off' unless set to one of the known values. */
export function nearbyOffersOf(tenant: Pick<Tenant, 'settings'>): NearbyOffers {
  const value = tenant.settings?.nearbyOffers;
  return NEARBY_OFFERS.find((known) => known === value) ?? 'off';
}

/** A serviceable tenant as the network knows it: its registry row and the region it belongs to. */
export interface NetworkTenant {
  tenant: Tenant;
  /** A municipality's region; a region is its own; null for the national tenant and loose municipalities. */
  region: Pick<Tenant, 'id' | 'slug' | 'name'> | null;
}

/**
 * Whose published offers a host's public search reads, the host first. Every member is a row of
 * the network (registry rows of serviceable tenants), never a name from the request.
 */
export interface SearchScope {
  host: NetworkTenant;
  members: NetworkTenant[];
  /** Stable for the same members: part of every cache key of a scope's answers. */
  key: string;
}

/**
 * The search scope of `host` (see the shared contract in README "Search across tenants"):
 * - municipality: itself and the national offers; with `nearbyOffers` 'region' or 'all' and a
 *   place search (`placeSearch`), also the other municipalities of its region, or all;
 * - region: itself, its member municipalities and the national offers;
 * - national: every tenant.
 * Tenants that are not in `network` (suspended, migrating, unknown) are never members.
 */
export function resolveSearchScope(
  host: Tenant,
  network: NetworkTenant[],
  placeSearch: boolean,
): SearchScope | null {
  const own = network.find((entry) => entry.tenant.id === host.id);
  if (!own) return null;
  const others = network.filter((entry) => entry.tenant.id !== host.id);
  const isNational = (entry: NetworkTenant) => entry.tenant.kind === 'national';
  let members: NetworkTenant[];
  if (host.kind === 'national') {
    members = others;
  } else if (host.kind === 'region') {
    members = others.filter((entry) => isNational(entry) || entry.region?.id === host.id);
  } else {
    const nearby = placeSearch ? nearbyOffersOf(own.tenant) : 'off';
    members = others.filter(
      (entry) =>
        isNational(entry) ||
        (entry.tenant.kind === 'municipality' &&
          (nearby === 'all' ||
            (nearby === 'region' && own.region !== null && entry.region?.id === own.region.id))),
    );
  }
  const all = [own, ...members];
  return { host: own, members: all, key: all.map((entry) => entry.tenant.id).join(',') };
}
