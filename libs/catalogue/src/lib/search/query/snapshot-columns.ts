import type { OfferFacts } from './search-snapshot';

const RADIANS = Math.PI / 180;

/**
 * The snapshot's offers as flat typed arrays, one entry per offer ordinal: what every search reads
 * for every candidate, laid out so that the filter loop touches few cache lines and no objects.
 * Derived from the offers alone, so a changed offer set is re-laid out without the database.
 */
export interface SnapshotColumns {
  size: number;
  /** Ordinal into `organizationIds`. */
  organization: Uint32Array;
  organizationOrdinalById: Map<string, number>;
  /** Ordinal into `statuses`. */
  status: Uint8Array;
  statuses: string[];
  minimumAge: Uint8Array;
  maximumAge: Uint8Array;
  isFree: Uint8Array;
  online: Uint8Array;
  publishedAt: Float64Array;
  /** The offer's term ordinals are termData[termStart[o] .. termStart[o + 1]). */
  termStart: Uint32Array;
  termData: Uint16Array;
  /** The offers carrying a term are termOffers[termOffersStart[t] .. termOffersStart[t + 1]). */
  termOffersStart: Uint32Array;
  termOffers: Uint32Array;
  /**
   * The offer's places are pointStart[o] .. pointStart[o + 1]): the latitude (degrees, for the
   * band a radius reaches) and the point on the unit sphere, whose straight-line distance to the
   * origin's orders places as the great-circle distance does, without trigonometry per place.
   */
  pointStart: Uint32Array;
  latitude: Float64Array;
  pointX: Float64Array;
  pointY: Float64Array;
  pointZ: Float64Array;
  latitudeIndex: LatitudeIndex;
  /** Whether the offer has any opening times (open_now needs to look only at those). */
  hasOpenings: Uint8Array;
}

/**
 * Every place by latitude, south to north: its latitude and its offer's ordinal, so a radius
 * search reads only the offers with a place in the band of latitudes it reaches.
 */
export interface LatitudeIndex {
  latitudes: Float64Array;
  offers: Uint32Array;
}

/** How a composed snapshot lays out its members' offers (see composeScopeSnapshot). */
export interface ComposedLayout {
  /** By ordinal, the map from the offer's own term ordinals to the snapshot's. */
  termMap(ordinal: number): Uint16Array;
  /** The places by latitude, merged from the members' own indexes. */
  latitudeIndex: LatitudeIndex;
}

/** The columns of the offers, in their order; a composed snapshot says how its members' terms and places map. */
export function columnsOf(
  offers: readonly OfferFacts[],
  termCount: number,
  composed: ComposedLayout | null = null,
): SnapshotColumns {
  const size = offers.length;
  const organizationOrdinalById = new Map<string, number>();
  const statuses: string[] = [];
  const organization = new Uint32Array(size);
  const status = new Uint8Array(size);
  const minimumAge = new Uint8Array(size);
  const maximumAge = new Uint8Array(size);
  const isFree = new Uint8Array(size);
  const online = new Uint8Array(size);
  const publishedAt = new Float64Array(size);
  const hasOpenings = new Uint8Array(size);
  const termStart = new Uint32Array(size + 1);
  const pointStart = new Uint32Array(size + 1);
  const termOfferCounts = new Uint32Array(termCount + 1);
  for (let ordinal = 0; ordinal < size; ordinal += 1) {
    const offer = offers[ordinal];
    let organizationOrdinal = organizationOrdinalById.get(offer.organizationId);
    if (organizationOrdinal === undefined) {
      organizationOrdinal = organizationOrdinalById.size;
      organizationOrdinalById.set(offer.organizationId, organizationOrdinal);
    }
    organization[ordinal] = organizationOrdinal;
    let statusOrdinal = statuses.indexOf(offer.status);
    if (statusOrdinal === -1) statusOrdinal = statuses.push(offer.status) - 1;
    status[ordinal] = statusOrdinal;
    minimumAge[ordinal] = Math.min(offer.minimumAge, 255);
    maximumAge[ordinal] = Math.min(offer.maximumAge, 255);
    isFree[ordinal] = offer.isFree ? 1 : 0;
    online[ordinal] = offer.online ? 1 : 0;
    publishedAt[ordinal] = offer.publishedAt;
    hasOpenings[ordinal] = offer.openings.length > 0 ? 1 : 0;
    const { terms } = offer;
    const map = composed?.termMap(ordinal);
    termStart[ordinal + 1] = termStart[ordinal] + terms.length;
    pointStart[ordinal + 1] = pointStart[ordinal] + offer.points.length / 2;
    for (let index = 0; index < terms.length; index += 1) {
      termOfferCounts[(map ? map[terms[index]] : terms[index]) + 1] += 1;
    }
  }
  const termData = new Uint16Array(termStart[size]);
  const latitude = new Float64Array(pointStart[size]);
  const pointX = new Float64Array(pointStart[size]);
  const pointY = new Float64Array(pointStart[size]);
  const pointZ = new Float64Array(pointStart[size]);
  const termOffersStart = new Uint32Array(termCount + 1);
  for (let term = 0; term < termCount; term += 1)
    termOffersStart[term + 1] = termOffersStart[term] + termOfferCounts[term + 1];
  const termOffers = new Uint32Array(termOffersStart[termCount]);
  const filled = termOffersStart.slice(0, termCount);
  for (let ordinal = 0; ordinal < size; ordinal += 1) {
    const { terms, points } = offers[ordinal];
    const map = composed?.termMap(ordinal);
    for (let index = 0, at = termStart[ordinal]; index < terms.length; index += 1, at += 1) {
      const term = map ? map[terms[index]] : terms[index];
      termData[at] = term;
      termOffers[filled[term]++] = ordinal;
    }
    for (let index = 0, point = pointStart[ordinal]; index < points.length; index += 2, point += 1) {
      latitude[point] = points[index];
      const unit = unitVector(points[index], points[index + 1]);
      pointX[point] = unit.x;
      pointY[point] = unit.y;
      pointZ[point] = unit.z;
    }
  }
  return {
    size,
    organization,
    organizationOrdinalById,
    status,
    statuses,
    minimumAge,
    maximumAge,
    isFree,
    online,
    publishedAt,
    termStart,
    termData,
    termOffersStart,
    termOffers,
    pointStart,
    latitude,
    pointX,
    pointY,
    pointZ,
    latitudeIndex: composed?.latitudeIndex ?? latitudeIndexOf(latitude, pointStart),
    hasOpenings,
  };
}

/** A place (degrees) as a point on the unit sphere. */
export function unitVector(latitude: number, longitude: number): { x: number; y: number; z: number } {
  const cosLatitude = Math.cos(latitude * RADIANS);
  return {
    x: cosLatitude * Math.cos(longitude * RADIANS),
    y: cosLatitude * Math.sin(longitude * RADIANS),
    z: Math.sin(latitude * RADIANS),
  };
}

/** Latitudes are sorted as whole numbers of this fraction of a degree (about 1 cm)... */
const LATITUDE_STEPS = 1e7;
/** ...beside the place's number, in the low bits of one float: a typed array sorts that natively. */
const POINT_BITS = 2 ** 21;

function latitudeIndexOf(latitude: Float64Array, pointStart: Uint32Array): LatitudeIndex {
  const points = latitude.length;
  if (points >= POINT_BITS) throw new Error(`a snapshot holds at most ${POINT_BITS} places`);
  const keys = new Float64Array(points);
  for (let point = 0; point < points; point += 1) {
    keys[point] = Math.round((latitude[point] + 90) * LATITUDE_STEPS) * POINT_BITS + point;
  }
  keys.sort();
  const pointOffer = new Uint32Array(points);
  for (let ordinal = 0; ordinal + 1 < pointStart.length; ordinal += 1) {
    pointOffer.fill(ordinal, pointStart[ordinal], pointStart[ordinal + 1]);
  }
  const latitudes = new Float64Array(points);
  const offers = new Uint32Array(points);
  keys.forEach((key, at) => {
    const point = key % POINT_BITS;
    latitudes[at] = latitude[point];
    offers[at] = pointOffer[point];
  });
  return { latitudes, offers };
}
