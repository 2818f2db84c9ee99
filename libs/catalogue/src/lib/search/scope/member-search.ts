import type { NetworkTenant } from '@socialkompas/tenancy';
import { VOCABULARIES, Vocabulary } from '../../taxonomy/taxonomy.entity';
import { SearchPlan, snapshotCriteria, TextSearch } from '../query/search-criteria';
import { SearchSnapshot, VocabularySelection } from '../query/search-snapshot';
import { searchSnapshot, SnapshotHit, TextMatches } from '../query/snapshot-search';

/** A term id no tenant has: a vocabulary filter the member cannot match still filters (to nothing). */
const NO_SUCH_TERM = 'none';

/** One member's part of a scope search. */
export interface MemberSearch {
  member: NetworkTenant;
  snapshot: SearchSnapshot;
  /**
   * The lexemes of the member's own tsquery (its word list corrects typos its own way), which
   * the extracts of its results mark; null without text.
   */
  lexemes: readonly string[] | null;
  /** The selection as this member's term ids. */
  selection: VocabularySelection;
  /** `vocabulary:reference` of the term references this member has no term for. */
  unknownReferences: string[];
  total: number;
  /** The member's best hits, as many as the scope's page needs from the top. */
  hits: SnapshotHit[];
  /** Count by this member's term ordinal, disjunctive as in one tenant. */
  termCounts: Uint32Array;
  /** Lifecycle status → count, disjunctive like the terms (a staff search's status facet). */
  statusCounts: Map<string, number>;
  textResults: number | null;
}

/** How a member is searched: its snapshot, what to leave out, and how many hits the page needs. */
export interface MemberSearchRequest {
  member: NetworkTenant;
  plan: SearchPlan;
  /** Offers the host municipality hides (national offers), left out as if unpublished. */
  hidden: ReadonlySet<string>;
  /** 0 asks for counts only. */
  limit: number;
  /** Only offers in these lifecycle statuses (a staff search); null for all of the snapshot's. */
  statuses: string[] | null;
}

/**
 * Searches a member's snapshot with its own text matches and the scope's filters by term code
 * (each tenant has its own term ids), in memory.
 */
export function searchMember(
  { member, plan, hidden, limit, statuses }: MemberSearchRequest,
  snapshot: SearchSnapshot,
  text: TextSearch,
): MemberSearch {
  const { selection, unknownReferences } = memberSelection(plan, snapshot);
  const candidates = hidden.size > 0 ? withoutHidden(snapshot, text.matches, hidden) : text.matches;
  const { total, page, termCounts, statusCounts } = searchSnapshot(snapshot, {
    // The snapshot search keeps at least one hit; counts alone are asked for with 0.
    ...snapshotCriteria(plan, candidates, selection, { limit: Math.max(1, limit), offset: 0 }),
    statuses,
  });
  return {
    member,
    snapshot,
    lexemes: text.matches?.lexemes ?? null,
    selection,
    unknownReferences,
    total,
    hits: limit === 0 ? [] : page,
    termCounts,
    statusCounts,
    textResults: text.matches && candidates ? candidates.ordinals.length : null,
  };
}

/** The query's term references (codes, or ids of this member's terms) as this member's term ids. */
function memberSelection(
  plan: SearchPlan,
  snapshot: SearchSnapshot,
): { selection: VocabularySelection; unknownReferences: string[] } {
  const unknownReferences: string[] = [];
  const selection = {} as VocabularySelection;
  for (const vocabulary of VOCABULARIES) {
    const references: string[] = plan.query[vocabulary as Vocabulary] ?? [];
    selection[vocabulary] = references.map((reference) => {
      const term = snapshot.terms.find(
        (candidate) =>
          candidate.vocabulary === vocabulary && (candidate.code === reference || candidate.id === reference),
      );
      if (!term) unknownReferences.push(`${vocabulary}:${reference}`);
      return term?.id ?? NO_SUCH_TERM;
    });
  }
  return { selection, unknownReferences };
}

/** The offers to search (the text's matches, or all) without the hidden ones. */
function withoutHidden(
  snapshot: SearchSnapshot,
  matches: TextMatches | null,
  hidden: ReadonlySet<string>,
): TextMatches {
  const ordinals: number[] = [];
  const ranks: number[] = [];
  const keep = (ordinal: number, rank: number) => {
    if (hidden.has(snapshot.offers[ordinal].id)) return;
    ordinals.push(ordinal);
    ranks.push(rank);
  };
  if (matches) matches.ordinals.forEach((ordinal, index) => keep(ordinal, matches.ranks[index]));
  else snapshot.offers.forEach((_offer, ordinal) => keep(ordinal, 0));
  return { ordinals: Uint32Array.from(ordinals), ranks: Float32Array.from(ranks) };
}
