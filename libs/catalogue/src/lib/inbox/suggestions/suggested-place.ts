import { postcodeArea } from '@socialkompas/denmark';

/** A place read from a suggestion's "where", for an editor to check. */
export interface SuggestedPlace {
  name?: string;
  address1?: string;
  postalCode: string;
  city: string;
}

/** The suggestion with the place its "where" names, as editors review it. */
export function withSuggestedPlace<Suggestion extends { where: string }>(suggestion: Suggestion) {
  return { ...suggestion, place: placeFromWhere(suggestion.where) ?? null };
}

/** A four-digit number standing on its own, with what follows it up to the next comma. */
const POSTCODE = /(?:^|[\s,])(\d{4})(?![\d])([^,]*)/g;

/**
 * The place an association typed into the suggestion's "where" ("Medborgerhuset, Vestergade 5,
 * 8000 Aarhus C"), or undefined when it names no Danish postcode (e.g. "online", or only a
 * street), since a place needs one. The last known postcode counts: house numbers come first.
 * What stands before it is the address (its last part) and the place's name (the rest); the city
 * is what follows it, else the postcode's own town.
 */
export function placeFromWhere(where: string): SuggestedPlace | undefined {
  const match = [...where.matchAll(POSTCODE)].filter((candidate) => postcodeArea(candidate[1])).at(-1);
  if (!match || match.index === undefined) return undefined;
  const postalCode = match[1];
  const before = where
    .slice(0, match.index)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const address1 = before.pop();
  const name = before.join(', ');
  return {
    ...(name ? { name } : {}),
    ...(address1 ? { address1 } : {}),
    postalCode,
    city: match[2].trim() || (postcodeArea(postalCode)?.name ?? ''),
  };
}
