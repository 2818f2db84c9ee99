import { Injectable } from '@nestjs/common';
import { NetworkTenant, SearchScope, Tenant } from '@socialkompas/tenancy';
import { LIFECYCLE_STATUSES, LifecycleStatus } from '../../core/lifecycle/lifecycle';
import { searchText } from '../../search/query/search-criteria';
import { FacetTerm } from '../../search/query/search-result';
import { SearchSnapshots } from '../../search/query/search-snapshots';
import { JsonText, searchAnswerJson } from '../../search/query/json-text';
import { inParallel } from '../../search/scope/in-parallel';
import { ScopeAccess } from '../../search/scope/scope-access';
import { ScopeSearch } from '../../search/scope/scope-search';
import { RegionalMembers } from '../regional-members';
import { RegionalSearchHit, RegionalSearchQueryDto, RegionalSearchResult } from './regional-search.dto';

/** Members read side by side, as the citizens' scope search does: few enough to leave the pool to others. */
const MEMBERS_AT_ONCE = 4;

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
 * read-only unit of work (not through the PublishedReadPath, which is for published data). National offers are no region's to coordinate and are left out.
 */
@Injectable()
export class RegionalSearch {
  constructor(
    private readonly members: RegionalMembers,
    private readonly scopeSearch: ScopeSearch,
    private readonly snapshots: SearchSnapshots,
  ) {}

  async find(region: Tenant, query: RegionalSearchQueryDto): Promise<JsonText<RegionalSearchResult>> {
    const tenants = await this.members.readable(region);
    const ofRegion = { id: region.id, slug: region.slug, name: region.name };
    const members: NetworkTenant[] = tenants.map((tenant) => ({ tenant, region: ofRegion }));
    const scope: SearchScope = {
      host: members[0],
      members,
      key: `region-staff:${members.map(({ tenant }) => tenant.id).join(',')}`,
    };
    const statuses = query.status ?? [];
    const { result, statusCounts } = await this.scopeSearch.find(
      scope,
      query,
      this.staffAccess(statuses.length > 0 ? statuses : null),
    );
    return searchAnswerJson<RegionalSearchResult>({
      ...result,
      // A staff search's cards carry their status (ScopeSearch.item).
      items: result.items as JsonText<RegionalSearchHit>[],
      facets: { ...result.facets, status: statusFacet(statusCounts, statuses) },
    });
  }

  /** Every offer in every status (or those chosen), each member read in its own read-only unit of work. */
  private staffAccess(statuses: string[] | null): ScopeAccess {
    const read = <T>(member: NetworkTenant, work: () => Promise<T>) =>
      this.members.readOnly(member.tenant, work);
    return {
      audience: 'staff',
      statuses,
      // The member's staff snapshot of the generation the scope read, else checked in its own unit of work.
      snapshot: async (member, generation) =>
        this.snapshots.atGeneration(member.tenant.id, generation, 'staff') ??
        (await read(member, () => this.snapshots.current('staff'))),
      texts: (members, words) =>
        inParallel(members, MEMBERS_AT_ONCE, ({ tenant, snapshot }) =>
          this.members.readOnly(tenant, () => searchText(this.snapshots, snapshot, words)),
        ),
      read,
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
