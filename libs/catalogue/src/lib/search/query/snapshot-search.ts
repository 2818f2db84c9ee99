import { ApiProperty } from '@nestjs/swagger';
import { VOCABULARIES } from '../../taxonomy/taxonomy.entity';
import { OfferFacts, SearchSnapshot, VocabularySelection } from './search-snapshot';

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

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
  /** Term id → number of offers, counted with every filter but the term's own vocabulary's. */
  facets: Map<string, number>;
  /** Lifecycle status → number of offers, counted with every filter but the status filter. */
  statusCounts: Map<string, number>;
}

export function haversineKm(from: Point, latitude: number, longitude: number): number {
  const dLatitude = (latitude - from.latitude) * RADIANS;
  const dLongitude = (longitude - from.longitude) * RADIANS;
  const a =
    Math.sin(dLatitude / 2) ** 2 +
    Math.cos(from.latitude * RADIANS) * Math.cos(latitude * RADIANS) * Math.sin(dLongitude / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}

function nearestKm(offer: OfferFacts, origin: Point): number | null {
  let nearest: number | null = null;
  for (let index = 0; index < offer.points.length; index += 2) {
    const km = haversineKm(origin, offer.points[index], offer.points[index + 1]);
    if (nearest === null || km < nearest) nearest = km;
  }
  return nearest;
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

interface Candidate {
  ordinal: number;
  rank: number;
  distanceKm: number | null;
}

/** The vocabulary filter an offer fails: NONE, one vocabulary's index, or SEVERAL. */
const NONE = -1;
const SEVERAL = -2;

/**
 * The vocabulary filter an offer fails, given per vocabulary a mask over term ordinals of the terms
 * chosen (null when nothing is chosen there). Indexed loops: this runs for every offer of a search.
 */
function failingVocabulary(terms: Uint16Array, chosen: (Uint8Array | null)[]): number {
  let failing = NONE;
  for (let vocabulary = 0; vocabulary < chosen.length; vocabulary += 1) {
    const mask = chosen[vocabulary];
    if (mask === null) continue;
    let matches = false;
    for (let index = 0; index < terms.length && !matches; index += 1) matches = mask[terms[index]] === 1;
    if (matches) continue;
    if (failing !== NONE) return SEVERAL;
    failing = vocabulary;
  }
  return failing;
}

/**
 * Filters, ranks, pages and counts facets over the snapshot. Facets are disjunctive: an offer
 * failing exactly one vocabulary's filter still counts towards that vocabulary's terms, so choosing
 * a term never hides its siblings, and each count is what choosing that term would give.
 */
export function searchSnapshot(snapshot: SearchSnapshot, criteria: SnapshotCriteria): SnapshotResult {
  const chosen = VOCABULARIES.map((vocabulary) => {
    const ids = criteria.selection[vocabulary];
    if (ids.length === 0) return null;
    const mask = new Uint8Array(snapshot.terms.length);
    for (const id of ids) {
      const ordinal = snapshot.termOrdinalById.get(id);
      if (ordinal !== undefined) mask[ordinal] = 1;
    }
    return mask;
  });
  const { termVocabulary } = snapshot;
  const counts = new Uint32Array(snapshot.terms.length);
  const statusCounts = new Map<string, number>();
  const statuses = criteria.statuses ? new Set(criteria.statuses) : null;
  const top = new TopHits(criteria.offset + criteria.limit, comparator(snapshot, criteria.sort));
  let total = 0;
  const consider = (ordinal: number, rank: number) => {
    const offer = snapshot.offers[ordinal];
    if (criteria.organizationId !== null && offer.organizationId !== criteria.organizationId) return;
    if (criteria.ages && (offer.minimumAge > criteria.ages.to || offer.maximumAge < criteria.ages.from))
      return;
    if (criteria.free !== null && offer.isFree !== criteria.free) return;
    if (criteria.online !== null && offer.online !== criteria.online) return;
    if (criteria.openAt && !isOpen(offer, criteria.openAt)) return;
    const distanceKm = criteria.origin ? nearestKm(offer, criteria.origin) : null;
    if (criteria.radiusKm !== null && (distanceKm === null || distanceKm > criteria.radiusKm)) return;
    const { terms } = offer;
    const failing = failingVocabulary(terms, chosen);
    if (failing === SEVERAL) return;
    // The status filter is one more disjunctive facet: its own counts ignore it, the others' do not.
    if (failing === NONE) statusCounts.set(offer.status, (statusCounts.get(offer.status) ?? 0) + 1);
    if (statuses !== null && !statuses.has(offer.status)) return;
    for (let index = 0; index < terms.length; index += 1) {
      if (failing === NONE || termVocabulary[terms[index]] === failing) counts[terms[index]] += 1;
    }
    if (failing === NONE) {
      total += 1;
      top.offer({ ordinal, rank, distanceKm });
    }
  };
  const { textMatches } = criteria;
  if (textMatches)
    textMatches.ordinals.forEach((ordinal, index) => consider(ordinal, textMatches.ranks[index]));
  else for (let ordinal = 0; ordinal < snapshot.offers.length; ordinal += 1) consider(ordinal, 0);

  const facets = new Map<string, number>();
  counts.forEach((count, term) => count > 0 && facets.set(snapshot.terms[term].id, count));
  return {
    total,
    page: top
      .sorted()
      .slice(criteria.offset)
      .map((hit) => ({ ...hit, id: snapshot.offers[hit.ordinal].id })),
    facets,
    statusCounts,
  };
}

/** Keeps the best `size` hits seen so far, in order; the rest of a large result is never sorted. */
class TopHits {
  private readonly hits: Candidate[] = [];

  constructor(
    private readonly size: number,
    private readonly compare: (a: Candidate, b: Candidate) => number,
  ) {}

  offer(hit: Candidate): void {
    const { hits } = this;
    if (hits.length === this.size && this.compare(hit, hits[hits.length - 1]) >= 0) return;
    let low = 0;
    let high = hits.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(hit, hits[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    hits.splice(low, 0, hit);
    if (hits.length > this.size) hits.pop();
  }

  sorted(): Candidate[] {
    return this.hits;
  }
}

function comparator(snapshot: SearchSnapshot, sort: SnapshotCriteria['sort']) {
  return hitComparator<Candidate>(
    sort,
    (hit) => snapshot.offers[hit.ordinal].publishedAt,
    (hit) => snapshot.offers[hit.ordinal].id,
  );
}

/**
 * The order of hits for a sort, over any hit that has a rank and a distance and whose publication
 * time and id can be looked up: one tenant's search and the merge of many tenants' hits use it.
 */
export function hitComparator<Hit extends { rank: number; distanceKm: number | null }>(
  sort: SnapshotCriteria['sort'],
  publishedAt: (hit: Hit) => number,
  id: (hit: Hit) => string,
) {
  const byRank = (a: Hit, b: Hit) => b.rank - a.rank;
  const byDistance = (a: Hit, b: Hit) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity);
  const byNewest = (a: Hit, b: Hit) => publishedAt(b) - publishedAt(a);
  const byId = (a: Hit, b: Hit) => (id(a) < id(b) ? -1 : 1);
  const chain = {
    relevance: [byRank, byDistance, byNewest, byId],
    distance: [byDistance, byRank, byId],
    newest: [byNewest, byId],
  }[sort];
  return (a: Hit, b: Hit) => {
    for (const compare of chain) {
      const order = compare(a, b);
      // Two offers without a place are equally far: Infinity - Infinity is NaN, not an order.
      if (order !== 0 && !Number.isNaN(order)) return order;
    }
    return 0;
  };
}
