/**
 * A domain that has lapsed is often bought by a parking service that answers every page with 200
 * and adverts or a sale offer, so the link looks fine while the offer's website is gone.
 */

const PARKING_HOSTS = [
  'sedoparking.com',
  'parkingcrew.net',
  'bodis.com',
  'dan.com',
  'afternic.com',
  'hugedomains.com',
  'sav.com',
  'domainmarket.com',
  'undeveloped.com',
  'above.com',
  'parklogic.com',
];

const FOR_SALE_TITLE =
  /domæne(t)? (er )?til salg|dette domæne|domain (is )?for sale|buy this domain|this domain (may be|is) for sale|parked (free|domain)/i;

/** True when the page a link ended on is most likely a parked or for-sale domain. */
export function looksParked(finalUrl: string, title: string | null): boolean {
  return isParkingHost(hostOf(finalUrl)) || (title !== null && FOR_SALE_TITLE.test(title));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

function isParkingHost(host: string | null): boolean {
  return host !== null && PARKING_HOSTS.some((parking) => host === parking || host.endsWith(`.${parking}`));
}
