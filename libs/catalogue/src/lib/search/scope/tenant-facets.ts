import type { NetworkTenant } from '@socialkompas/tenancy';
import type { SearchQueryDto } from '../query/search-query.dto';
import type { FacetTerm } from '../query/search-result';
import { danishOrder } from '../query/term-facets';

/** How the municipality facet names the national tenant's offers. */
export const NATIONAL_FACET_NAME = 'Landsdækkende';

interface FacetEntry {
  code: string;
  name: string;
}

/**
 * The municipality-facet entry a member's offers count under: a municipality's own, the national
 * tenant's ("Landsdækkende"); none for a region's own offers.
 */
function municipalityEntry({ tenant }: NetworkTenant): FacetEntry | null {
  if (tenant.kind === 'municipality') return { code: tenant.slug, name: tenant.name };
  if (tenant.kind === 'national') return { code: tenant.slug, name: NATIONAL_FACET_NAME };
  return null;
}

/** The region-facet entry: a municipality's region, a region itself; none for the national tenant. */
function regionEntry({ tenant, region }: NetworkTenant): FacetEntry | null {
  return tenant.kind === 'national' || !region ? null : { code: region.slug, name: region.name };
}

/** Which of the two tenant filters (`municipality`, `region`) a member's offers pass. */
export interface TenantFilterPass {
  municipality: boolean;
  region: boolean;
}

export function tenantFilterPass(member: NetworkTenant, query: SearchQueryDto): TenantFilterPass {
  const passes = (chosen: string[] | undefined, entry: FacetEntry | null) =>
    !chosen?.length || (entry !== null && chosen.includes(entry.code));
  return {
    municipality: passes(query.municipality, municipalityEntry(member)),
    region: passes(query.region, regionEntry(member)),
  };
}

/** A member's number of results with every filter but the tenant filters, and which it passes. */
export interface MemberCount {
  member: NetworkTenant;
  total: number;
  pass: TenantFilterPass;
}

/**
 * The municipality and region facets, disjunctive like the term facets: a member's results count
 * towards the municipality facet when it passes the region filter, and the other way round, so
 * each count is what choosing that entry would give. `nameOf` names chosen entries without results.
 */
export function tenantFacets(
  counts: MemberCount[],
  query: SearchQueryDto,
  nameOf: (slug: string) => string,
): { municipality: FacetTerm[]; region: FacetTerm[] } {
  const facet = (
    entryOf: (member: NetworkTenant) => FacetEntry | null,
    counted: (pass: TenantFilterPass) => boolean,
    chosen: string[] = [],
  ): FacetTerm[] => {
    const entries = new Map<string, FacetTerm>();
    const entry = (code: string, name: string) => {
      const existing = entries.get(code);
      if (existing) return existing;
      const created = { id: code, code, name, count: 0, selected: chosen.includes(code) };
      entries.set(code, created);
      return created;
    };
    for (const { member, total, pass } of counts) {
      const own = entryOf(member);
      if (own && counted(pass) && total > 0) entry(own.code, own.name).count += total;
    }
    for (const code of chosen) entry(code, nameOf(code));
    return [...entries.values()].sort((a, b) => b.count - a.count || danishOrder(a.name, b.name));
  };
  return {
    municipality: facet(municipalityEntry, (pass) => pass.region, query.municipality),
    region: facet(regionEntry, (pass) => pass.municipality, query.region),
  };
}
