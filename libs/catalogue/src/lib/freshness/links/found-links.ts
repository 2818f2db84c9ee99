import type { FoundLink, LinkSource, OfferLinksRow } from './link-check.repository';

/** Links in free text: http(s) up to whitespace or markup, without trailing punctuation. */
const LINK_IN_TEXT = /https?:\/\/[^\s<>"'()[\]{}]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/** Every published offer's url, its organisation's website and the links in its description, once per offer. */
export function linksOf(rows: OfferLinksRow[]): FoundLink[] {
  const found = new Map<string, FoundLink>();
  const add = (offerId: string, url: string | null, source: LinkSource) => {
    if (url && !found.has(`${offerId} ${url}`)) found.set(`${offerId} ${url}`, { offerId, url, source });
  };
  for (const row of rows) {
    add(row.id, row.url, 'offer_url');
    add(row.id, row.website, 'organization_website');
    for (const match of row.description.matchAll(LINK_IN_TEXT))
      add(row.id, match[0].replace(TRAILING_PUNCTUATION, ''), 'description');
  }
  return [...found.values()];
}

/** The links by URL: an association's website named by 39 offers is one URL to check. */
export function byUrl(links: FoundLink[]): Map<string, FoundLink[]> {
  const grouped = new Map<string, FoundLink[]>();
  for (const link of links) grouped.set(link.url, [...(grouped.get(link.url) ?? []), link]);
  return grouped;
}
