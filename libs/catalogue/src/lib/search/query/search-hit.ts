import { SearchHit } from './search-result';
import { SearchSnapshot } from './search-snapshot';
import { SnapshotHit } from './snapshot-search';
import { matchSnippet, plainSnippet } from './snippet';

/**
 * A result as the list shows it, from the snapshot alone: the offer's card, the extract around
 * the text's matches (the summary when no text was searched for) and the distance.
 */
export function searchHit(
  snapshot: SearchSnapshot,
  hit: SnapshotHit,
  lexemes: readonly string[] | null,
): SearchHit {
  const { card, snippetText } = snapshot.offers[hit.ordinal];
  return {
    ...card,
    snippet: lexemes ? matchSnippet(snippetText, lexemes) : plainSnippet(card.summary),
    distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm * 100) / 100,
  };
}
