import { Injectable } from '@nestjs/common';
import { NetworkTenant, SearchScope, Tenant } from '@socialkompas/tenancy';
import { LIFECYCLE_STATUSES, LifecycleStatus } from '../../core/lifecycle/lifecycle';
import { FacetTerm } from '../../search/query/search-result';
import { ScopeSearch } from '../../search/scope/scope-search';
import { RegionalMembers } from '../regional-members';
import { RegionalSearchHit, RegionalSearchQueryDto, RegionalSearchResult } from './regional-search.dto';

/** The statuses as the editors call them. */
const STATUS_NAMES: Record<LifecycleStatus, string> = {
  draft: 'Kladde',
  in_review: 'Til godkendelse',
  published: 'Offentliggjort',
  archived: 'Arkiveret',
};

/**
 * The coordinators' search: the scope search (one search per member, merged) with the staff
 * audience, over the region and its members as the registry lists them now, each read in its own
 * read-only unit of work. National offers are no region's to coordinate and are left out.
 */
@Injectable()
export class RegionalSearch {
  constructor(
    private readonly members: RegionalMembers,
    private readonly scopeSearch: ScopeSearch,
  ) {}

  async find(region: Tenant, query: RegionalSearchQueryDto): Promise<RegionalSearchResult> {
    const tenants = await this.members.readable(region);
    const ofRegion = { id: region.id, slug: region.slug, name: region.name };
    const members: NetworkTenant[] = tenants.map((tenant) => ({ tenant, region: ofRegion }));
    const scope: SearchScope = {
      host: members[0],
      members,
      key: `region-staff:${members.map(({ tenant }) => tenant.id).join(',')}`,
    };
    const statuses = query.status ?? [];
    const { result, statusCounts } = await this.scopeSearch.find(scope, query, {
      audience: 'staff',
      statuses: statuses.length > 0 ? statuses : null,
      read: (tenant, work) => this.members.readOnly(tenant, work),
    });
    return {
      ...result,
      // A staff search's result rows carry their status (OfferSearchRepository.results).
      items: result.items as RegionalSearchHit[],
      facets: { ...result.facets, status: statusFacet(statusCounts, statuses) },
    };
  }
}

/** The statuses in their lifecycle order: those with results, and those chosen even without. */
function statusFacet(counts: Map<string, number>, chosen: LifecycleStatus[]): FacetTerm[] {
  return LIFECYCLE_STATUSES.flatMap((status) => {
    const count = counts.get(status) ?? 0;
    const selected = chosen.includes(status);
    return count > 0 || selected
      ? [{ id: status, code: status, name: STATUS_NAMES[status], count, selected }]
      : [];
  });
}
