import type { TenantLink } from '@socialkompas/tenancy';
import { SearchHit } from './search-result';
import type { OfferCard, SearchSnapshot } from './search-snapshot';
import type { SnapshotHit } from './snapshot-search';
import { matchSnippet, plainSnippet } from './snippet';

/**
 * A result card, from the snapshot alone: the offer's card, the extract around the text's
 * matches (`lexemes`, the summary when no text was searched for), the distance, and whose it is.
 */
export function resultItem(
  hit: SnapshotHit,
  snapshot: SearchSnapshot,
  tenant: TenantLink,
  lexemes: readonly string[] | null,
): SearchHit {
  const { cardJson, snippetText } = snapshot.offers[hit.ordinal];
  const card = JSON.parse(cardJson) as OfferCard;
  return {
    ...card,
    snippet: lexemes ? matchSnippet(snippetText, lexemes) : plainSnippet(card.summary),
    distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm * 100) / 100,
    tenant,
    national: tenant.kind === 'national',
  };
}
