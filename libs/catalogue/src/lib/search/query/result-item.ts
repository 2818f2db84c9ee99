import type { TenantLink } from '@socialkompas/tenancy';
import { SearchHit } from './search-result';
import type { SearchSnapshot } from './search-snapshot';
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
  const { card, snippetText } = snapshot.offers[hit.ordinal];
  return {
    ...card,
    snippet: lexemes ? matchSnippet(snippetText, lexemes) : plainSnippet(card.summary),
    distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm * 100) / 100,
    tenant,
    national: tenant.kind === 'national',
  };
}
