import { RADIANS, SnapshotColumns } from './snapshot-columns';
import type { Point, SnapshotCriteria } from './snapshot-search';

/** Per vocabulary with chosen terms: the offers carrying one of them, as a list. */
export interface VocabularyPass {
  /** The vocabulary's index (into VOCABULARIES). */
  vocabulary: number;
  ordinals: Uint32Array;
}

/**
 * The vocabulary filters of a search: the passes in order, and per offer ordinal one byte whose
 * bit p is set when the offer is on pass p's list (at most five vocabularies), so the filter
 * loop reads one byte per offer whatever the number of vocabularies chosen.
 */
export interface VocabularyPasses {
  passes: VocabularyPass[];
  onLists: Uint8Array;
}

/**
 * The offers a search has to read, fewest first: the text's matches; the offers with a place in
 * the band of latitudes a radius reaches; the offers passing all chosen vocabularies but one at
 * most (an offer failing two counts nowhere); or all. `countedByList` names the one vocabulary whose
 * facet counts are its terms' offer lists as they are, when nothing else filters.
 */
export interface Candidates {
  ordinals: Uint32Array | null;
  /** By position in `ordinals`: the text rank; null for rank 0. */
  ranks: Float32Array | null;
  countedByList: number | null;
}

const BAND_SLACK = 1e-6;

export function searchCandidates(
  columns: SnapshotColumns,
  criteria: SnapshotCriteria,
  { passes, onLists }: VocabularyPasses,
  latitudeReach: number,
): Candidates {
  const { textMatches, origin, radiusKm } = criteria;
  if (textMatches) return { ordinals: textMatches.ordinals, ranks: textMatches.ranks, countedByList: null };
  const band = origin && radiusKm !== null ? offersInBand(columns, origin, latitudeReach) : null;
  if (band) return { ordinals: band, ranks: null, countedByList: null };
  if (passes.length >= 2) {
    return { ordinals: passingAllButOne(passes, onLists), ranks: null, countedByList: null };
  }
  if (passes.length === 1 && keepsEveryOffer(criteria)) {
    return { ordinals: passes[0].ordinals, ranks: null, countedByList: passes[0].vocabulary };
  }
  return { ordinals: null, ranks: null, countedByList: null };
}

/** Whether no filter but the vocabularies' leaves an offer out. */
function keepsEveryOffer(criteria: SnapshotCriteria): boolean {
  const { organizationId, ages, free, online, openAt, radiusKm, statuses, members } = criteria;
  return (
    organizationId === null &&
    ages === null &&
    free === null &&
    online === null &&
    openAt === null &&
    radiusKm === null &&
    !statuses &&
    (!members || members.included.every((included) => included === 1))
  );
}

/**
 * The offers with a place within `reach` degrees of latitude and the longitudes the radius spans
 * there, each once; null when the band of latitudes holds most places (all offers in one city),
 * where reading every offer in order costs less.
 */
function offersInBand(columns: SnapshotColumns, origin: Point, reach: number): Uint32Array | null {
  const { latitudes, longitudes, offers } = columns.latitudeIndex;
  // The index orders latitudes to 1e-7 degrees (see latitudeIndexOf): the band is a little wider.
  const from = firstWhere(latitudes, (value) => value >= origin.latitude - reach - BAND_SLACK);
  const to = firstWhere(latitudes, (value) => value > origin.latitude + reach + BAND_SLACK);
  if (to - from > latitudes.length / 4) return null;
  const { west, east } = longitudeSpan(origin, reach);
  const seen = new Uint8Array(columns.size);
  const ordinals = new Uint32Array(to - from);
  let count = 0;
  for (let at = from; at < to; at += 1) {
    const ordinal = offers[at];
    if (seen[ordinal] === 1 || longitudes[at] < west || longitudes[at] > east) continue;
    seen[ordinal] = 1;
    ordinals[count++] = ordinal;
  }
  return ordinals.subarray(0, count);
}

/**
 * The longitudes a circle of `reach` degrees of arc around the origin spans: the widest point
 * of a spherical cap is asin(sin(reach) / cos(latitude)) either side. All longitudes where the
 * circle reaches a pole or crosses the antimeridian.
 */
function longitudeSpan(origin: Point, reach: number): { west: number; east: number } {
  const widest = Math.sin(reach * RADIANS) / Math.cos(origin.latitude * RADIANS);
  const everywhere = { west: -Infinity, east: Infinity };
  if (Math.abs(origin.latitude) + reach >= 90 || widest >= 1) return everywhere;
  const span = Math.asin(widest) / RADIANS + BAND_SLACK;
  if (origin.longitude - span < -180 || origin.longitude + span > 180) return everywhere;
  return { west: origin.longitude - span, east: origin.longitude + span };
}

/** The first position whose value holds, in values sorted so that it holds from some position on. */
function firstWhere(sorted: Float64Array, holds: (value: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(sorted[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The offers on the lists of all passes but one at most, each once (from the first list it is
 * on): with two vocabularies chosen that is either list, with three an offer on two of them (far
 * fewer than on any).
 */
function passingAllButOne(passes: VocabularyPass[], onLists: Uint8Array): Uint32Array {
  const needed = passes.length - 1;
  const ordinals = new Uint32Array(passes.reduce((sum, pass) => sum + pass.ordinals.length, 0));
  let count = 0;
  passes.forEach((pass, index) => {
    const own = pass.ordinals;
    const earlier = (1 << index) - 1;
    for (let at = 0; at < own.length; at += 1) {
      const on = onLists[own[at]];
      if ((on & earlier) === 0 && bitCount(on) >= needed) ordinals[count++] = own[at];
    }
  });
  return ordinals.subarray(0, count);
}

function bitCount(byte: number): number {
  let count = 0;
  for (let rest = byte; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}
