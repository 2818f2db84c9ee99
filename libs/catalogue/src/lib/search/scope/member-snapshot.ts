import type { NetworkTenant, PublishedReadPath } from '@socialkompas/tenancy';
import type { SearchSnapshot } from '../query/search-snapshot';
import type { SearchSnapshots } from '../query/search-snapshots';

/**
 * A member's snapshot at `generation` (as the scope's generations statement read it): from memory
 * when this process holds that one, else loaded in the member's read-only unit of work. So a scope
 * search costs no unit of work per member while nothing changes, however many members it has.
 */
export async function memberSnapshot(
  readPath: PublishedReadPath,
  snapshots: SearchSnapshots,
  member: NetworkTenant,
  generation: string,
): Promise<SearchSnapshot> {
  return (
    snapshots.atGeneration(member.tenant.id, generation) ??
    (await readPath.read(member.tenant, () => snapshots.current()))
  );
}
