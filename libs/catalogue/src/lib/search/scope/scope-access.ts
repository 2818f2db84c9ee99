import type { NetworkTenant } from '@socialkompas/tenancy';
import type { TextSearch } from '../query/search-criteria';
import type { SearchSnapshot, SnapshotAudience } from '../query/search-snapshot';
import type { TextMember } from './scope-text';

/**
 * Whose search a scope search is, and how it reaches each member's schema. The citizens' search
 * (ScopeSearch's own) reads published offers through the PublishedReadPath, all members in one
 * statement where it can; the regional coordinators' (libs/catalogue region/search) reads every
 * status through their own read-only units of work, one member at a time.
 */
export interface ScopeAccess {
  audience: SnapshotAudience;
  /** Only offers in these lifecycle statuses; null for every offer of the audience. */
  statuses: string[] | null;
  /** The member's snapshot for the audience, at the generation the scope's statement read. */
  snapshot(member: NetworkTenant, generation: string): Promise<SearchSnapshot>;
  /** Each member's text part of the search, in the members' order. */
  texts(members: TextMember[], words: string[]): Promise<TextSearch[]>;
  /** Runs `work` in the member's read-only unit of work ("did you mean" in the host's words). */
  read<T>(member: NetworkTenant, work: () => Promise<T>): Promise<T>;
}
