import type { NetworkTenant } from './network-api';

/** A region and its member municipalities; `region` is null for the municipalities of none. */
export interface RegionGroup {
  region: { slug: string; name: string; url: string | null } | null;
  municipalities: NetworkTenant[];
}

type Regional = RegionGroup & { region: NonNullable<RegionGroup['region']> };

/** Danish order, as Danes look a name up: æ, ø, å last, and "Aarhus" with the å's. */
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');

/**
 * The network's municipalities grouped by region, regions and municipalities by name, those of no
 * region last. A region is grouped by its members' `region` too, so a member still has its heading
 * when the region's own portal is not listed; the national portal is no one's "kommune".
 */
export function groupByRegion(tenants: NetworkTenant[]): RegionGroup[] {
  const groups = new Map<string, Regional>();
  const groupOf = (slug: string, name: string): Regional => {
    let group = groups.get(slug);
    if (!group) {
      group = { region: { slug, name, url: null }, municipalities: [] };
      groups.set(slug, group);
    }
    return group;
  };
  const unaffiliated: NetworkTenant[] = [];
  for (const tenant of tenants) {
    if (tenant.kind === 'region') {
      const group = groupOf(tenant.slug, tenant.name);
      group.region = { slug: tenant.slug, name: tenant.name, url: tenant.url };
    } else if (tenant.kind === 'municipality') {
      if (tenant.region) groupOf(tenant.region.slug, tenant.region.name).municipalities.push(tenant);
      else unaffiliated.push(tenant);
    }
  }
  const regional = [...groups.values()].sort((a, b) => byName(a.region, b.region));
  for (const group of regional) group.municipalities.sort(byName);
  if (unaffiliated.length === 0) return regional;
  return [...regional, { region: null, municipalities: unaffiliated.sort(byName) }];
}

/** The groups narrowed to municipalities (or regions) whose name contains `text`, any case. */
export function filterGroups(groups: RegionGroup[], text: string): RegionGroup[] {
  const needle = text.trim().toLocaleLowerCase('da');
  if (!needle) return groups;
  const matches = (name: string) => name.toLocaleLowerCase('da').includes(needle);
  return groups.flatMap((group) => {
    if (group.region && matches(group.region.name)) return [group];
    const municipalities = group.municipalities.filter((municipality) => matches(municipality.name));
    return municipalities.length > 0 ? [{ ...group, municipalities }] : [];
  });
}

/** The address people know a site by: `aarhus.socialkompas.dk`, without the scheme. */
export function addressOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
