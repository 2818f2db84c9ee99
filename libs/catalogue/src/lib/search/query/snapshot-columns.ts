import type { OfferFacts } from './search-snapshot';

/** Degrees to radians. */
export const RADIANS = Math.PI / 180;

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
 * Every place by latitude, south to north: its latitude, longitude and its offer's ordinal, so a
 * radius search reads only the offers with a place in the box of latitudes and longitudes it
 * reaches.
 */
export interface LatitudeIndex {
  latitudes: Float64Array;
  longitudes: Float64Array;
  offers: Uint32Array;
}

/** The columns of the offers, in their order. */
export function columnsOf(offers: readonly OfferFacts[], termCount: number): SnapshotColumns {
  const size = offers.length;
  const organizationOrdinalById = new Map<string, number>();
  const statuses: string[] = [];
  const perOffer = offerColumns(size);
  const { organization, status, minimumAge, maximumAge, isFree, online, publishedAt, hasOpenings } = perOffer;
  const { termStart, pointStart } = perOffer;
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
    termStart[ordinal + 1] = termStart[ordinal] + offer.terms.length;
    pointStart[ordinal + 1] = pointStart[ordinal] + offer.points.length / 2;
  }
  const termData = new Uint16Array(termStart[size]);
  const places = emptyPlaces(pointStart[size]);
  for (let ordinal = 0; ordinal < size; ordinal += 1) {
    const { terms, points } = offers[ordinal];
    termData.set(terms, termStart[ordinal]);
    for (let index = 0, point = pointStart[ordinal]; index < points.length; index += 2, point += 1) {
      places.latitude[point] = points[index];
      const unit = unitVector(points[index], points[index + 1]);
      places.pointX[point] = unit.x;
      places.pointY[point] = unit.y;
      places.pointZ[point] = unit.z;
    }
  }
  const lookups = { organizationOrdinalById, statuses };
  const latitudeIndex = latitudeIndexOf(places, pointStart);
  return completeColumns(perOffer, lookups, termData, places, termCount, latitudeIndex);
}

/** A member's columns, and its term ordinals as the composed snapshot's. */
export interface ComposedPart {
  columns: SnapshotColumns;
  termMap: Uint16Array;
}

/**
 * The columns of a composed snapshot, copied from its members' columns (nothing is derived from
 * the offers again): composed ordinal `c` is ordinal `memberOrdinal[c]` of member `memberOf[c]`.
 */
export function composeColumns(
  parts: readonly ComposedPart[],
  memberOf: Uint16Array,
  memberOrdinal: Uint32Array,
  termCount: number,
  latitudeIndex: LatitudeIndex,
): SnapshotColumns {
  const size = memberOf.length;
  const organizationOrdinalById = new Map<string, number>();
  const statuses: string[] = [];
  // Per member: its own organisation and status ordinals as the composed ones.
  const organizationMaps = parts.map(({ columns }) => {
    const map = new Uint32Array(columns.organizationOrdinalById.size);
    columns.organizationOrdinalById.forEach((own, id) => {
      let composed = organizationOrdinalById.get(id);
      if (composed === undefined) {
        composed = organizationOrdinalById.size;
        organizationOrdinalById.set(id, composed);
      }
      map[own] = composed;
    });
    return map;
  });
  const statusMaps = parts.map(({ columns }) =>
    Uint8Array.from(columns.statuses, (name) => {
      const known = statuses.indexOf(name);
      return known === -1 ? statuses.push(name) - 1 : known;
    }),
  );
  const perOffer = offerColumns(size);
  const { organization, status, minimumAge, maximumAge, isFree, online, publishedAt, hasOpenings } = perOffer;
  const { termStart, pointStart } = perOffer;
  for (let composed = 0; composed < size; composed += 1) {
    const member = memberOf[composed];
    const own = memberOrdinal[composed];
    const { columns } = parts[member];
    organization[composed] = organizationMaps[member][columns.organization[own]];
    status[composed] = statusMaps[member][columns.status[own]];
    minimumAge[composed] = columns.minimumAge[own];
    maximumAge[composed] = columns.maximumAge[own];
    isFree[composed] = columns.isFree[own];
    online[composed] = columns.online[own];
    publishedAt[composed] = columns.publishedAt[own];
    hasOpenings[composed] = columns.hasOpenings[own];
    termStart[composed + 1] = termStart[composed] + columns.termStart[own + 1] - columns.termStart[own];
    pointStart[composed + 1] = pointStart[composed] + columns.pointStart[own + 1] - columns.pointStart[own];
  }
  const termData = new Uint16Array(termStart[size]);
  const places = emptyPlaces(pointStart[size]);
  for (let composed = 0; composed < size; composed += 1) {
    const own = memberOrdinal[composed];
    const { columns, termMap } = parts[memberOf[composed]];
    let termAt = termStart[composed];
    for (let at = columns.termStart[own]; at < columns.termStart[own + 1]; at += 1) {
      termData[termAt++] = termMap[columns.termData[at]];
    }
    let pointAt = pointStart[composed];
    for (let point = columns.pointStart[own]; point < columns.pointStart[own + 1]; point += 1, pointAt += 1) {
      places.latitude[pointAt] = columns.latitude[point];
      places.pointX[pointAt] = columns.pointX[point];
      places.pointY[pointAt] = columns.pointY[point];
      places.pointZ[pointAt] = columns.pointZ[point];
    }
  }
  const lookups = { organizationOrdinalById, statuses };
  return completeColumns(perOffer, lookups, termData, places, termCount, latitudeIndex);
}

type OfferColumns = Pick<
  SnapshotColumns,
  | 'organization'
  | 'status'
  | 'minimumAge'
  | 'maximumAge'
  | 'isFree'
  | 'online'
  | 'publishedAt'
  | 'hasOpenings'
  | 'termStart'
  | 'pointStart'
>;

/** The columns with one entry per offer (and the starts of its terms and places), zeroed. */
function offerColumns(size: number): OfferColumns {
  return {
    organization: new Uint32Array(size),
    status: new Uint8Array(size),
    minimumAge: new Uint8Array(size),
    maximumAge: new Uint8Array(size),
    isFree: new Uint8Array(size),
    online: new Uint8Array(size),
    publishedAt: new Float64Array(size),
    hasOpenings: new Uint8Array(size),
    termStart: new Uint32Array(size + 1),
    pointStart: new Uint32Array(size + 1),
  };
}

function completeColumns(
  perOffer: OfferColumns,
  lookups: Pick<SnapshotColumns, 'organizationOrdinalById' | 'statuses'>,
  termData: Uint16Array,
  places: Places,
  termCount: number,
  latitudeIndex: LatitudeIndex,
): SnapshotColumns {
  return {
    ...perOffer,
    ...lookups,
    size: perOffer.organization.length,
    termData,
    ...termOffersOf(termData, perOffer.termStart, termCount),
    ...places,
    latitudeIndex,
  };
}

type Places = Pick<SnapshotColumns, 'latitude' | 'pointX' | 'pointY' | 'pointZ'>;

function emptyPlaces(count: number): Places {
  return {
    latitude: new Float64Array(count),
    pointX: new Float64Array(count),
    pointY: new Float64Array(count),
    pointZ: new Float64Array(count),
  };
}

/** Per term, the offers carrying it, in ordinal order: the inverse of termStart/termData. */
function termOffersOf(
  termData: Uint16Array,
  termStart: Uint32Array,
  termCount: number,
): Pick<SnapshotColumns, 'termOffersStart' | 'termOffers'> {
  const termOffersStart = new Uint32Array(termCount + 1);
  for (let at = 0; at < termData.length; at += 1) termOffersStart[termData[at] + 1] += 1;
  for (let term = 0; term < termCount; term += 1) termOffersStart[term + 1] += termOffersStart[term];
  const termOffers = new Uint32Array(termData.length);
  const filled = termOffersStart.slice(0, termCount);
  for (let ordinal = 0; ordinal + 1 < termStart.length; ordinal += 1) {
    for (let at = termStart[ordinal]; at < termStart[ordinal + 1]; at += 1) {
      termOffers[filled[termData[at]]++] = ordinal;
    }
  }
  return { termOffersStart, termOffers };
}

/** A point on the unit sphere. */
export interface UnitPoint {
  x: number;
  y: number;
  z: number;
}

/** A place (degrees) as a point on the unit sphere. */
export function unitVector(latitude: number, longitude: number): UnitPoint {
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

function latitudeIndexOf({ latitude, pointX, pointY }: Places, pointStart: Uint32Array): LatitudeIndex {
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
  const index = {
    latitudes: new Float64Array(points),
    longitudes: new Float64Array(points),
    offers: new Uint32Array(points),
  };
  keys.forEach((key, at) => {
    const point = key % POINT_BITS;
    index.latitudes[at] = latitude[point];
    // The unit vector's angle in the equator's plane is the longitude (to 1e-12 degrees).
    index.longitudes[at] = Math.atan2(pointY[point], pointX[point]) / RADIANS;
    index.offers[at] = pointOffer[point];
  });
  return index;
}
