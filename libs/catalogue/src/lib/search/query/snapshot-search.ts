import { ApiProperty } from '@nestjs/swagger';
import { VOCABULARIES } from '../../taxonomy/taxonomy.entity';
import { searchCandidates, VocabularyPass, VocabularyPasses } from './search-candidates';
import { RADIANS, SnapshotColumns, UnitPoint, unitVector } from './snapshot-columns';
import { OfferFacts, SearchableOffers, VocabularySelection } from './search-snapshot';

const EARTH_RADIUS_KM = 6371.0088;

export class Point {
  @ApiProperty({ example: 56.1567 })
  latitude!: number;

  @ApiProperty({ example: 10.2108 })
  longitude!: number;
}

/** The moment open_now is asked about, as Danish local time. */
export interface LocalMoment {
  weekday: number;
  minute: number;
  day: number;
}

export interface SnapshotCriteria {
  /** The offers matching the text, with their ranks; null when no text was given. */
  textMatches: TextMatches | null;
  selection: VocabularySelection;
  /** Only this association's offers (its page); null for all. */
  organizationId: string | null;
  ages: { from: number; to: number } | null;
  free: boolean | null;
  online: boolean | null;
  openAt: LocalMoment | null;
  origin: Point | null;
  radiusKm: number | null;
  sort: 'relevance' | 'distance' | 'newest';
  limit: number;
  offset: number;
  /** Only offers in one of these lifecycle statuses (a staff snapshot's filter); null or absent for all. */
  statuses?: string[] | null;
  /**
   * Over a scope's composed snapshot: which members' offers the tenant filters keep (1 by member
   * index, see ScopeSnapshot); every member's totals are counted either way, for the tenant facets.
   */
  members?: { of: Uint16Array; included: Uint8Array } | null;
}

/** Criteria that keep every offer of the snapshot, newest first: the base a search adds its filters to. */
export function unfilteredCriteria(overrides: Partial<SnapshotCriteria> = {}): SnapshotCriteria {
  return {
    textMatches: null,
    selection: { challenge: [], target_group: [], activity: [], age_group: [], district: [] },
    organizationId: null,
    ages: null,
    free: null,
    online: null,
    openAt: null,
    origin: null,
    radiusKm: null,
    sort: 'newest',
    limit: 20,
    offset: 0,
    ...overrides,
  };
}

export interface TextMatches {
  ordinals: Uint32Array;
  ranks: Float32Array;
  /** The query's lexemes, folded (a snippet marks the words starting with one). */
  lexemes?: string[];
}

export interface SnapshotHit {
  ordinal: number;
  id: string;
  rank: number;
  distanceKm: number | null;
}

export interface SnapshotResult {
  total: number;
  page: SnapshotHit[];
  /** Number of offers by term ordinal, counted with every filter but the term's own vocabulary's. */
  termCounts: Uint32Array;
  /** The same counts by term id, the terms without offers left out; built when first read. */
  readonly facets: Map<string, number>;
  /** Lifecycle status → number of offers, counted with every filter but the status filter. */
  statusCounts: Map<string, number>;
  /** Over a composed snapshot: results by member index, counted with every filter but the tenant filters. */
  memberTotals: Uint32Array | null;
}

/**
 * The squared straight-line distance through the unit sphere from the origin to the offer's
 * nearest place; -1 without a place. It grows with the great-circle distance (kmOfChord), so
 * filters and orders compare it as they would kilometres.
 */
function nearestChord(columns: SnapshotColumns, ordinal: number, origin: UnitPoint): number {
  let nearest = -1;
  for (let point = columns.pointStart[ordinal]; point < columns.pointStart[ordinal + 1]; point += 1) {
    const dx = columns.pointX[point] - origin.x;
    const dy = columns.pointY[point] - origin.y;
    const dz = columns.pointZ[point] - origin.z;
    const chord = dx * dx + dy * dy + dz * dz;
    if (nearest < 0 || chord < nearest) nearest = chord;
  }
  return nearest;
}

/** Great-circle kilometres of a squared chord on the unit sphere (the haversine formula's 4a). */
function kmOfChord(chord: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord) / 2));
}

/** The squared chord of a great-circle distance: the radius as nearestChord measures. */
function chordOfKm(km: number): number {
  return (2 * Math.sin(Math.min(km / (2 * EARTH_RADIUS_KM), Math.PI / 2))) ** 2;
}

function isOpen(offer: OfferFacts, moment: LocalMoment): boolean {
  return offer.openings.some(
    (opening) =>
      (opening.weekdays & (1 << moment.weekday)) !== 0 &&
      moment.minute >= opening.opensAt &&
      moment.minute < opening.closesAt &&
      (opening.validFrom === null || opening.validFrom <= moment.day) &&
      (opening.validTo === null || opening.validTo >= moment.day),
  );
}

/** An offer failing no vocabulary's filter; otherwise the failing vocabulary's index. */
const NONE = -1;

/** Per vocabulary with chosen terms, which offers carry one of them, read from the terms' offer lists. */
function vocabularyPasses(
  snapshot: SearchableOffers,
  selection: SnapshotCriteria['selection'],
): VocabularyPasses {
  const { columns } = snapshot;
  const { termOffersStart, termOffers } = columns;
  const passes: VocabularyPass[] = [];
  const anyChosen = VOCABULARIES.some((vocabulary) => selection[vocabulary].length > 0);
  const onLists = new Uint8Array(anyChosen ? columns.size : 0);
  VOCABULARIES.forEach((vocabulary, index) => {
    const ids = selection[vocabulary];
    if (ids.length === 0) return;
    const bit = 1 << passes.length;
    const terms = ids.flatMap((id) => snapshot.termOrdinalById.get(id) ?? []);
    const ordinals = new Uint32Array(
      terms.reduce((sum, term) => sum + termOffersStart[term + 1] - termOffersStart[term], 0),
    );
    let count = 0;
    for (const term of terms) {
      for (let at = termOffersStart[term]; at < termOffersStart[term + 1]; at += 1) {
        const ordinal = termOffers[at];
        if ((onLists[ordinal] & bit) !== 0) continue;
        onLists[ordinal] |= bit;
        ordinals[count++] = ordinal;
      }
    }
    passes.push({ vocabulary: index, ordinals: ordinals.subarray(0, count) });
  });
  return { passes, onLists };
}

/**
 * Filters, ranks, pages and counts facets over the snapshot. Facets are disjunctive: an offer
 * failing exactly one vocabulary's filter still counts towards that vocabulary's terms, so choosing
 * a term never hides its siblings, and each count is what choosing that term would give; the
 * status filter (staff snapshots) is one more such facet. Reads the snapshot's typed columns in
 * indexed loops: this runs for every candidate offer of every search.
 */
export function searchSnapshot(snapshot: SearchableOffers, criteria: SnapshotCriteria): SnapshotResult {
  const { columns, termVocabulary } = snapshot;
  const vocabularies = vocabularyPasses(snapshot, criteria.selection);
  const { passes, onLists } = vocabularies;
  // The byte of onLists an offer on every pass's list has.
  const onAll = (1 << passes.length) - 1;
  const counts = new Uint32Array(snapshot.terms.length);
  const statusTotals = new Uint32Array(columns.statuses.length);
  const statusShown = columns.statuses.map(
    (status) => !criteria.statuses || criteria.statuses.includes(status),
  );
  const members = criteria.members ?? null;
  const memberTotals = members ? new Uint32Array(members.included.length) : null;
  const top = new TopHits(criteria.offset + criteria.limit, criteria.sort);
  const organization =
    criteria.organizationId === null
      ? -1
      : (columns.organizationOrdinalById.get(criteria.organizationId) ?? -2);
  const { ages, free, online, openAt, origin, radiusKm } = criteria;
  const originPoint = origin ? unitVector(origin.latitude, origin.longitude) : null;
  const radiusChord = radiusKm === null ? Infinity : chordOfKm(radiusKm);
  // A place further north or south than this is beyond the radius, whatever its longitude.
  const latitudeReach = radiusKm === null ? Infinity : radiusKm / (EARTH_RADIUS_KM * RADIANS);
  const { ordinals, ranks, countedByList } = searchCandidates(columns, criteria, vocabularies, latitudeReach);
  // The columns the loop reads, as locals: one load less per offer and column than through `columns`.
  const { minimumAge, maximumAge, isFree, hasOpenings, status: statusOf, termStart, termData } = columns;
  const organizationOf = columns.organization;
  const isOnline = columns.online;
  const memberOf = members?.of ?? null;
  const memberIncluded = members?.included ?? null;
  const candidates = ordinals ? ordinals.length : columns.size;
  let total = 0;
  for (let index = 0; index < candidates; index += 1) {
    const ordinal = ordinals ? ordinals[index] : index;
    if (organization !== -1 && organizationOf[ordinal] !== organization) continue;
    if (ages && (minimumAge[ordinal] > ages.to || maximumAge[ordinal] < ages.from)) continue;
    if (free !== null && (isFree[ordinal] === 1) !== free) continue;
    if (online !== null && (isOnline[ordinal] === 1) !== online) continue;
    if (openAt && (hasOpenings[ordinal] === 0 || !isOpen(snapshot.offers[ordinal], openAt))) continue;
    let distance = -1;
    if (originPoint) {
      distance = nearestChord(columns, ordinal, originPoint);
      if (radiusKm !== null && (distance < 0 || distance > radiusChord)) continue;
    }
    let failing = NONE;
    const missed = onAll === 0 ? 0 : onAll & ~onLists[ordinal];
    if (missed !== 0) {
      // Off two lists or more: the offer counts nowhere.
      if ((missed & (missed - 1)) !== 0) continue;
      failing = passes[31 - Math.clz32(missed)].vocabulary;
    }
    const status = statusOf[ordinal];
    if (memberOf && memberIncluded && memberTotals) {
      const member = memberOf[ordinal];
      if (failing === NONE && statusShown[status]) memberTotals[member] += 1;
      if (memberIncluded[member] !== 1) continue;
    }
    if (failing === NONE) statusTotals[status] += 1;
    if (!statusShown[status]) continue;
    const end = termStart[ordinal + 1];
    if (failing === NONE) {
      for (let at = termStart[ordinal]; at < end; at += 1) counts[termData[at]] += 1;
      total += 1;
      top.offer(ordinal, ranks ? ranks[index] : 0, distance);
    } else {
      for (let at = termStart[ordinal]; at < end; at += 1) {
        const term = termData[at];
        if (termVocabulary[term] === failing) counts[term] += 1;
      }
    }
  }
  if (countedByList !== null) {
    // Only the vocabulary's offers were read; its own counts, disjunctive, are its terms' lists.
    for (let term = 0; term < counts.length; term += 1) {
      if (termVocabulary[term] === countedByList) {
        counts[term] = columns.termOffersStart[term + 1] - columns.termOffersStart[term];
      }
    }
  }

  let facets: Map<string, number> | undefined;
  const statusCounts = new Map<string, number>();
  statusTotals.forEach((count, status) => count > 0 && statusCounts.set(columns.statuses[status], count));
  return {
    total,
    page: top
      .sorted()
      .slice(criteria.offset)
      .map(({ ordinal, rank, distance }) => ({
        ordinal,
        rank,
        distanceKm: distance < 0 ? null : kmOfChord(distance),
        id: snapshot.offers[ordinal].id,
      })),
    termCounts: counts,
    get facets() {
      facets ??= countsById(snapshot, counts);
      return facets;
    },
    statusCounts,
    memberTotals,
  };
}

function countsById(snapshot: SearchableOffers, counts: Uint32Array): Map<string, number> {
  const byId = new Map<string, number>();
  counts.forEach((count, term) => count > 0 && byId.set(snapshot.terms[term].id, count));
  return byId;
}

/** A hit while searching: its distance is nearestChord's, -1 for an offer without a place. */
interface Candidate {
  ordinal: number;
  rank: number;
  distance: number;
}

/**
 * Whether hit a comes before hit b. Ordinals are in newest-first order (see newestFirst), so
 * they break every remaining tie as "newest, then id" does; offers without a place come last
 * by distance.
 */
type Precedes = (aOrdinal: number, aRank: number, aDistance: number, b: Candidate) => boolean;

const farther = (distance: number) => (distance < 0 ? Infinity : distance);

const PRECEDES: Record<SnapshotCriteria['sort'], Precedes> = {
  newest: (aOrdinal, _aRank, _aKm, b) => aOrdinal < b.ordinal,
  relevance: (aOrdinal, aRank, aDistance, b) =>
    aRank !== b.rank
      ? aRank > b.rank
      : farther(aDistance) !== farther(b.distance)
        ? farther(aDistance) < farther(b.distance)
        : aOrdinal < b.ordinal,
  distance: (aOrdinal, aRank, aDistance, b) =>
    farther(aDistance) !== farther(b.distance)
      ? farther(aDistance) < farther(b.distance)
      : aRank !== b.rank
        ? aRank > b.rank
        : aOrdinal < b.ordinal,
};

/**
 * Keeps the best `size` hits seen so far, in order; the rest of a large result is never sorted,
 * and a hit that would not enter a full list costs one comparison and no allocation.
 */
class TopHits {
  private readonly hits: Candidate[] = [];
  private readonly precedes: Precedes;

  constructor(
    private readonly size: number,
    sort: SnapshotCriteria['sort'],
  ) {
    this.precedes = PRECEDES[sort];
  }

  offer(ordinal: number, rank: number, distance: number): void {
    const { hits, precedes } = this;
    if (this.size === 0) return;
    if (hits.length === this.size && !precedes(ordinal, rank, distance, hits[hits.length - 1])) return;
    let low = 0;
    let high = hits.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (precedes(ordinal, rank, distance, hits[middle])) high = middle;
      else low = middle + 1;
    }
    hits.splice(low, 0, { ordinal, rank, distance });
    if (hits.length > this.size) hits.pop();
  }

  sorted(): Candidate[] {
    return this.hits;
  }
}
