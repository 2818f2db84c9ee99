import type { EditorOffer, OfferUpdate } from './staff-api';

/**
 * The edit form's state: every control's value as the control holds it (numbers as typed text).
 * Its keys are the API's field names, so the API's field messages find their control.
 */
export interface OfferDraft {
  name: string;
  summary: string;
  description: string;
  url: string;
  email: string;
  phone: string;
  applicationProcess: string;
  eligibilityDescription: string;
  isFree: boolean;
  feesDescription: string;
  minimumAge: string;
  maximumAge: string;
  scheduleDescription: string;
  termIds: string[];
}

export type DraftField = keyof OfferDraft;

/** The form's fields in the order they are shown (and the error summary lists them). */
export const DRAFT_FIELDS = [
  'name',
  'summary',
  'description',
  'url',
  'email',
  'phone',
  'applicationProcess',
  'eligibilityDescription',
  'isFree',
  'feesDescription',
  'minimumAge',
  'maximumAge',
  'scheduleDescription',
  'termIds',
] as const satisfies readonly DraftField[];

/** Age groups and districts follow from the ages and addresses; the API refuses them as choices. */
export const DERIVED_VOCABULARIES: readonly string[] = ['age_group', 'district'];

function chosenTermIds(offer: EditorOffer): string[] {
  return Object.entries(offer.terms)
    .filter(([vocabulary]) => !DERIVED_VOCABULARIES.includes(vocabulary))
    .flatMap(([, terms]) => (terms ?? []).map((term) => term.id));
}

const textOf = (value: string | null | undefined) => value ?? '';
const ageText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function draftOf(offer: EditorOffer): OfferDraft {
  return {
    name: offer.name,
    summary: textOf(offer.summary),
    description: textOf(offer.description),
    url: textOf(offer.url),
    email: textOf(offer.email),
    phone: textOf(offer.phone),
    applicationProcess: textOf(offer.applicationProcess),
    eligibilityDescription: textOf(offer.eligibilityDescription),
    isFree: offer.isFree,
    feesDescription: textOf(offer.feesDescription),
    minimumAge: ageText(offer.minimumAge),
    maximumAge: ageText(offer.maximumAge),
    scheduleDescription: textOf(offer.scheduleDescription),
    termIds: chosenTermIds(offer),
  };
}

export function sameValue(a: OfferDraft[DraftField], b: OfferDraft[DraftField]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join() === [...b].sort().join();
  return a === b;
}

/** The fields whose values differ between two drafts. */
export function changedFields(before: OfferDraft, after: OfferDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/** Fields the API stores as null when empty (an empty text would fail their format check). */
const CLEARED_AS_NULL: readonly DraftField[] = ['url', 'email', 'phone', 'minimumAge', 'maximumAge'];

function apiValueOf(draft: OfferDraft, field: DraftField): unknown {
  const value = draft[field];
  if (typeof value === 'string' && value.trim() === '' && CLEARED_AS_NULL.includes(field)) return null;
  if (field === 'minimumAge' || field === 'maximumAge') return Number(value);
  return value;
}

/**
 * The PATCH body: only what the editor changed, so a save never writes back fields someone else
 * may have changed, and the version the editor started from.
 */
export function updateOf(base: OfferDraft, draft: OfferDraft, version: number): OfferUpdate {
  const changes = Object.fromEntries(
    changedFields(base, draft).map((field) => [field, apiValueOf(draft, field)]),
  );
  // `null` clears a nullable field; the OpenAPI document does not say which fields are nullable.
  return { ...changes, version } as OfferUpdate;
}
