import type { TenantLink } from '@socialkompas/tenancy';
import { SearchHit } from './search-result';
import { LruCache } from './lru-cache';
import type { OfferCard, OfferFacts, SearchSnapshot } from './search-snapshot';
import type { SnapshotHit } from './snapshot-search';
import { matchSnippet, plainSnippet } from './snippet';

/**
 * Cards parsed lately, by the offer they belong to: the first pages of most searches show the
 * same newest and best-ranked offers, and parsing is most of a card's cost. The card is shared,
 * never changed: each result item is a copy with its own snippet and distance.
 */
const parsedCards = new LruCache<OfferFacts, OfferCard>(5_000);

function cardOf(offer: OfferFacts): OfferCard {
  let card = parsedCards.get(offer);
  if (!card) {
    card = JSON.parse(offer.cardJson) as OfferCard;
    parsedCards.set(offer, card);
  }
  return card;
}

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
  const offer = snapshot.offers[hit.ordinal];
  const card = cardOf(offer);
  const { snippetText } = offer;
  return {
    ...card,
    snippet: lexemes ? matchSnippet(snippetText, lexemes) : plainSnippet(card.summary),
    distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm * 100) / 100,
    tenant,
    national: tenant.kind === 'national',
  };
}
