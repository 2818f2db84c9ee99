import type { NetworkTenant } from '@socialkompas/tenancy';
import { VOCABULARIES } from '../../taxonomy/taxonomy.entity';
import type { TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { mergeSortedRuns } from '../query/merge-sorted-runs';
import { composeColumns, LatitudeIndex } from '../query/snapshot-columns';
import { newestFirst, SearchableOffers, SearchSnapshot } from '../query/search-snapshot';

/** A member's snapshot, and where its offers are in the composed one. */
export interface ScopeMember {
  member: NetworkTenant;
  snapshot: SearchSnapshot;
  /** Composed ordinal by the member's own ordinal; -1 for an offer the scope's host hides. */
  ordinals: Int32Array;
}

/**
 * The offers of every member of a scope as one snapshot, so that a search over a hundred
 * tenants is one filter loop like a search over one. The offers are the members' own objects
 * (nothing is copied but the typed columns), newest first across all members; terms are shared
 * by (vocabulary, code), since each tenant has its own term ids and the same code is the same
 * term to a citizen, with the first member's (the host's) id and name.
 */
export interface ScopeSnapshot extends SearchableOffers {
  /** Unique in the process: what is cached over the composed snapshot is keyed by it. */
  id: string;
  members: ScopeMember[];
  /** Member index (into `members`) by composed ordinal. */
  memberOf: Uint16Array;
  /** The offer's ordinal in its member's snapshot, by composed ordinal. */
  memberOrdinal: Uint32Array;
  /**
   * Shared ordinal by `vocabulary:code` and by `vocabulary:id` of every member's terms: a term
   * reference may name any member's term.
   */
  termByReference: Map<string, number>;
}

/**
 * Composes the members' snapshots (the host first), leaving out the national offers the host
 * hides. O(offers · log members): the members' orders are merged, not sorted again.
 */
export function composeScopeSnapshot(
  id: string,
  parts: { member: NetworkTenant; snapshot: SearchSnapshot }[],
  hidden: ReadonlySet<string>,
): ScopeSnapshot {
  const terms: TermWithVocabulary[] = [];
  const sharedByCode = new Map<string, number>();
  const termOrdinalById = new Map<string, number>();
  const termByReference = new Map<string, number>();
  const sharedTerms = parts.map(({ snapshot }) =>
    Uint16Array.from(snapshot.terms, (term) => {
      const key = `${term.vocabulary}:${term.code}`;
      let shared = sharedByCode.get(key);
      if (shared === undefined) {
        shared = terms.push(term) - 1;
        sharedByCode.set(key, shared);
      }
      termOrdinalById.set(term.id, shared);
      termByReference.set(key, shared);
      termByReference.set(`${term.vocabulary}:${term.id}`, shared);
      return shared;
    }),
  );

  // Each member's offers are newest first already: merging those runs gives the scope's order.
  const itemMember: number[] = [];
  const itemOrdinal: number[] = [];
  const itemPublished: number[] = [];
  const bounds = [0];
  parts.forEach(({ member, snapshot }, index) => {
    const hides = member.tenant.kind === 'national' && hidden.size > 0;
    snapshot.offers.forEach((offer, ordinal) => {
      if (hides && hidden.has(offer.id)) return;
      itemMember.push(index);
      itemOrdinal.push(ordinal);
      itemPublished.push(offer.publishedAt);
    });
    bounds.push(itemMember.length);
  });
  const offerOf = (item: number) => parts[itemMember[item]].snapshot.offers[itemOrdinal[item]];
  // newestFirst, reading the offers only on a tie of publication times.
  const order = mergeSortedRuns(bounds, (a, b) =>
    itemPublished[a] !== itemPublished[b]
      ? itemPublished[a] > itemPublished[b]
      : newestFirst(offerOf(a), offerOf(b)) < 0,
  );

  const members = parts.map((part): ScopeMember => ({
    ...part,
    ordinals: new Int32Array(part.snapshot.offers.length).fill(-1),
  }));
  const memberOf = new Uint16Array(order.length);
  const memberOrdinal = new Uint32Array(order.length);
  const offers = Array.from(order, (item, composed) => {
    memberOf[composed] = itemMember[item];
    memberOrdinal[composed] = itemOrdinal[item];
    members[itemMember[item]].ordinals[itemOrdinal[item]] = composed;
    return offerOf(item);
  });
  const columns = composeColumns(
    parts.map(({ snapshot }, index) => ({ columns: snapshot.columns, termMap: sharedTerms[index] })),
    memberOf,
    memberOrdinal,
    terms.length,
    mergedLatitudeIndex(members),
  );
  return {
    id,
    terms,
    termVocabulary: Uint8Array.from(terms, (term) => VOCABULARIES.indexOf(term.vocabulary)),
    termOrdinalById,
    offers,
    columns,
    members,
    memberOf,
    memberOrdinal,
    termByReference,
  };
}

/** The members' places by latitude as one index of composed ordinals, hidden offers left out. */
function mergedLatitudeIndex(members: ScopeMember[]): LatitudeIndex {
  const places = members.reduce((sum, { snapshot }) => sum + snapshot.columns.latitudeIndex.offers.length, 0);
  const latitudes = new Float64Array(places);
  const longitudes = new Float64Array(places);
  const offers = new Uint32Array(places);
  const bounds = [0];
  let kept = 0;
  for (const { snapshot, ordinals } of members) {
    const own = snapshot.columns.latitudeIndex;
    for (let at = 0; at < own.offers.length; at += 1) {
      const composed = ordinals[own.offers[at]];
      if (composed < 0) continue;
      latitudes[kept] = own.latitudes[at];
      longitudes[kept] = own.longitudes[at];
      offers[kept] = composed;
      kept += 1;
    }
    bounds.push(kept);
  }
  const order = mergeSortedRuns(bounds, (a, b) => latitudes[a] < latitudes[b]);
  const merged = {
    latitudes: new Float64Array(kept),
    longitudes: new Float64Array(kept),
    offers: new Uint32Array(kept),
  };
  for (let at = 0; at < kept; at += 1) {
    merged.latitudes[at] = latitudes[order[at]];
    merged.longitudes[at] = longitudes[order[at]];
    merged.offers[at] = offers[order[at]];
  }
  return merged;
}
