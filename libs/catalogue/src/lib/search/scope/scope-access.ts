import type { Tenant } from '@socialkompas/tenancy';
import type { SnapshotAudience } from '../query/search-snapshot';

/**
 * Whose search a scope search is, and how it reaches each member: the citizens' (published
 * offers, through the PublishedReadPath) unless a caller with its own read-only path asks for the
 * staff audience (the regional coordinators, see libs/catalogue region/search).
 */
export interface ScopeAccess {
  audience: SnapshotAudience;
  /** Only offers in these lifecycle statuses; null for every offer of the audience. */
  statuses: string[] | null;
  /** Runs `work` in the member's read-only unit of work. */
  read<T>(member: Tenant, work: () => Promise<T>): Promise<T>;
}
