/** What a link to a place on the map needs: its coordinates, or else its address. */
export interface MappedPlace {
  latitude: number | null;
  longitude: number | null;
  address1: string;
  postalCode: string;
  city: string;
}

/** The place on OpenStreetMap: a pin at its coordinates, or a search for its address. */
export function mapHref(place: MappedPlace): string {
  if (place.latitude !== null && place.longitude !== null) {
    return `https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=17/${place.latitude}/${place.longitude}`;
  }
  const address = [place.address1, place.postalCode, place.city].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}
