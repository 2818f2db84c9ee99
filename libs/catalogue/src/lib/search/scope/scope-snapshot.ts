import type { NetworkTenant } from '@socialkompas/tenancy';
import { VOCABULARIES } from '../../taxonomy/taxonomy.entity';
import type { TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { columnsOf } from '../query/snapshot-columns';
import { newestFirst, OfferFacts, SearchableOffers, SearchSnapshot } from '../query/search-snapshot';

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
  /** Every member's terms, each with its own id: a term reference may name any of them. */
  memberTerms: TermWithVocabulary[];
}

/**
 * Composes the members' snapshots (the host first), leaving out the national offers the host
 * hides. O(offers · log members) for the order, O(offers) for the columns.
 */
export function composeScopeSnapshot(
  id: string,
  parts: { member: NetworkTenant; snapshot: SearchSnapshot }[],
  hidden: ReadonlySet<string>,
): ScopeSnapshot {
  const terms: TermWithVocabulary[] = [];
  const sharedByCode = new Map<string, number>();
  const termOrdinalById = new Map<string, number>();
  const sharedTerms = parts.map(({ snapshot }) =>
    Uint16Array.from(snapshot.terms, (term) => {
      const key = `${term.vocabulary}:${term.code}`;
      let shared = sharedByCode.get(key);
      if (shared === undefined) {
        shared = terms.push(term) - 1;
        sharedByCode.set(key, shared);
      }
      termOrdinalById.set(term.id, shared);
      return shared;
    }),
  );

  // Each member's offers are newest first already: the sort merges those runs.
  const entries: { member: number; ordinal: number; offer: OfferFacts }[] = [];
  parts.forEach(({ member, snapshot }, index) => {
    const hides = member.tenant.kind === 'national' && hidden.size > 0;
    snapshot.offers.forEach((offer, ordinal) => {
      if (!(hides && hidden.has(offer.id))) entries.push({ member: index, ordinal, offer });
    });
  });
  entries.sort((a, b) => newestFirst(a.offer, b.offer));

  const members = parts.map(
    (part): ScopeMember => ({ ...part, ordinals: new Int32Array(part.snapshot.offers.length).fill(-1) }),
  );
  const memberOf = new Uint16Array(entries.length);
  const memberOrdinal = new Uint32Array(entries.length);
  const offers = entries.map((entry, composed) => {
    memberOf[composed] = entry.member;
    memberOrdinal[composed] = entry.ordinal;
    members[entry.member].ordinals[entry.ordinal] = composed;
    return entry.offer;
  });
  const translated = offers.map(({ terms: own }, composed) => {
    const shared = sharedTerms[memberOf[composed]];
    return own.map((term) => shared[term]);
  });
  return {
    id,
    terms,
    termVocabulary: Uint8Array.from(terms, (term) => VOCABULARIES.indexOf(term.vocabulary)),
    termOrdinalById,
    offers,
    columns: columnsOf(offers, terms.length, (composed) => translated[composed]),
    members,
    memberOf,
    memberOrdinal,
    memberTerms: parts.flatMap(({ snapshot }) => snapshot.terms),
  };
}
