import type { SnapshotColumns } from './snapshot-columns';
import type { SnapshotCriteria } from './snapshot-search';

/** Per vocabulary with chosen terms: which offers carry one of them, as a byte per ordinal and as a list. */
export interface VocabularyPass {
  /** The vocabulary's index (into VOCABULARIES). */
  vocabulary: number;
  offers: Uint8Array;
  ordinals: Uint32Array;
}

/**
 * The offers a search has to read, fewest first: the text's matches; the offers with a place in
 * the band of latitudes a radius reaches; the offers passing at least one chosen vocabulary
 * (an offer failing two counts nowhere); or all. `countedByList` names the one vocabulary whose
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
  passes: VocabularyPass[],
  latitudeReach: number,
): Candidates {
  const { textMatches, origin, radiusKm } = criteria;
  if (textMatches) return { ordinals: textMatches.ordinals, ranks: textMatches.ranks, countedByList: null };
  const band = origin && radiusKm !== null ? offersInBand(columns, origin.latitude, latitudeReach) : null;
  if (band) return { ordinals: band, ranks: null, countedByList: null };
  if (passes.length >= 2) return { ordinals: union(columns.size, passes), ranks: null, countedByList: null };
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
 * The offers with a place within `reach` degrees of latitude, each once; null when the band
 * holds most places (all offers in one city), where reading every offer in order costs less.
 */
function offersInBand(columns: SnapshotColumns, latitude: number, reach: number): Uint32Array | null {
  const { latitudes, offers } = columns.latitudeIndex;
  // The index orders latitudes to 1e-7 degrees (see latitudeIndexOf): the band is a little wider.
  const from = firstWhere(latitudes, (value) => value >= latitude - reach - BAND_SLACK);
  const to = firstWhere(latitudes, (value) => value > latitude + reach + BAND_SLACK);
  if (to - from > latitudes.length / 4) return null;
  const seen = new Uint8Array(columns.size);
  const ordinals = new Uint32Array(to - from);
  let count = 0;
  for (let at = from; at < to; at += 1) {
    const ordinal = offers[at];
    if (seen[ordinal] === 1) continue;
    seen[ordinal] = 1;
    ordinals[count++] = ordinal;
  }
  return ordinals.subarray(0, count);
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

function union(size: number, passes: VocabularyPass[]): Uint32Array {
  const seen = new Uint8Array(size);
  const ordinals = new Uint32Array(passes.reduce((sum, pass) => sum + pass.ordinals.length, 0));
  let count = 0;
  for (const pass of passes) {
    for (const ordinal of pass.ordinals) {
      if (seen[ordinal] === 1) continue;
      seen[ordinal] = 1;
      ordinals[count++] = ordinal;
    }
  }
  return ordinals.subarray(0, count);
}
