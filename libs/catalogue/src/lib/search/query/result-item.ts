import type { TenantLink } from '@socialkompas/tenancy';
import type { JsonText } from './json-text';
import type { SearchHit } from './search-result';
import type { OfferFacts } from './search-snapshot';
import type { SnapshotHit } from './snapshot-search';
import { matchSnippet, plainSnippet } from './snippet';

/** Whose an offer is, as every card of that tenant shows it: written once per page and tenant. */
export interface CardTenant {
  json: JsonText<TenantLink>;
  national: boolean;
}

export function cardTenant(tenant: TenantLink): CardTenant {
  return { json: JSON.stringify(tenant), national: tenant.kind === 'national' };
}

/**
 * A result card as JSON, from the snapshot alone: the offer's card as the snapshot holds it
 * (never parsed), closed with the extract around the text's matches (`lexemes`, the summary when
 * no text was searched for), the distance, whose it is, and what the audience adds (a status).
 */
export function resultItemJson(
  offer: OfferFacts,
  hit: Pick<SnapshotHit, 'distanceKm'>,
  tenant: CardTenant,
  lexemes: readonly string[] | null,
  extra?: { status: string },
): JsonText<SearchHit> {
  const { cardJson, snippetText } = offer;
  const snippet = lexemes
    ? matchSnippet(snippetText, lexemes)
    : plainSnippet(snippetText.slice(0, offer.summaryLength));
  const distanceKm = hit.distanceKm === null ? null : Math.round(hit.distanceKm * 100) / 100;
  const status = extra ? `,"status":${JSON.stringify(extra.status)}` : '';
  // The card is a JSON object: its closing brace gives way to the fields that depend on the search.
  return (
    `${cardJson.slice(0, -1)},"snippet":${JSON.stringify(snippet)},"distanceKm":${JSON.stringify(distanceKm)}` +
    `,"tenant":${tenant.json},"national":${tenant.national}${status}}`
  );
}
