import {
  contactDraftOf,
  contactInput,
  decimalOf,
  openingDraftOf,
  openingInput,
  placeDraftOf,
  placeInput,
  type ContactDraft,
  type OpeningDraft,
  type PlaceDraft,
} from './offer-draft-lists';
import type { EditorOffer, OfferCreate, OfferUpdate } from './staff-api';

export type AttendingType = EditorOffer['attendingTypes'][number];
export const ATTENDING_TYPES = ['in_person', 'online', 'phone'] as const satisfies readonly AttendingType[];

/**
 * The offer form's state: every control's value as the control holds it (numbers as typed text).
 * Its keys are the API's field names, so the API's field messages find their control.
 */
export interface OfferDraft {
  organizationId: string;
  name: string;
  alternateName: string;
  summary: string;
  description: string;
  url: string;
  email: string;
  phone: string;
  attendingTypes: AttendingType[];
  languages: string[];
  eligibilityDescription: string;
  minimumAge: string;
  maximumAge: string;
  applicationProcess: string;
  referralRequired: boolean;
  anonymous: boolean;
  isFree: boolean;
  feesDescription: string;
  feeAmount: string;
  scheduleDescription: string;
  locations: PlaceDraft[];
  schedules: OpeningDraft[];
  contacts: ContactDraft[];
  termIds: string[];
}

export type DraftField = keyof OfferDraft;

/** The form's fields in the order they are shown (and the error summary lists them). */
export const DRAFT_FIELDS = [
  'organizationId',
  'name',
  'alternateName',
  'summary',
  'description',
  'url',
  'email',
  'phone',
  'attendingTypes',
  'languages',
  'eligibilityDescription',
  'minimumAge',
  'maximumAge',
  'applicationProcess',
  'referralRequired',
  'anonymous',
  'isFree',
  'feesDescription',
  'feeAmount',
  'scheduleDescription',
  'locations',
  'schedules',
  'contacts',
  'termIds',
] as const satisfies readonly DraftField[];

/** Age groups and districts follow from the ages and addresses; the API refuses them as choices. */
export const DERIVED_VOCABULARIES: readonly string[] = ['age_group', 'district'];

function chosenTermIds(offer: EditorOffer): string[] {
  return Object.entries(offer.terms)
    .filter(([vocabulary]) => !DERIVED_VOCABULARIES.includes(vocabulary))
    .flatMap(([, terms]) => (terms ?? []).map((term) => term.id));
}

const textOf = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function draftOf(offer: EditorOffer): OfferDraft {
  return {
    organizationId: offer.organizationId,
    name: offer.name,
    alternateName: textOf(offer.alternateName),
    summary: offer.summary,
    description: offer.description,
    url: textOf(offer.url),
    email: textOf(offer.email),
    phone: textOf(offer.phone),
    attendingTypes: offer.attendingTypes,
    languages: offer.languages,
    eligibilityDescription: offer.eligibilityDescription,
    minimumAge: textOf(offer.minimumAge),
    maximumAge: textOf(offer.maximumAge),
    applicationProcess: offer.applicationProcess,
    referralRequired: offer.referralRequired,
    anonymous: offer.anonymous,
    isFree: offer.isFree,
    feesDescription: offer.feesDescription,
    feeAmount: textOf(offer.feeAmount),
    scheduleDescription: offer.scheduleDescription,
    locations: offer.locations.map(placeDraftOf),
    schedules: offer.schedules.map(openingDraftOf),
    contacts: offer.contacts.map(contactDraftOf),
    termIds: chosenTermIds(offer),
  };
}

/** A new offer's form: free, in person, in Danish, for the association given (if any). */
export function emptyDraft(organizationId = ''): OfferDraft {
  return {
    organizationId,
    name: '',
    alternateName: '',
    summary: '',
    description: '',
    url: '',
    email: '',
    phone: '',
    attendingTypes: ['in_person'],
    languages: ['da'],
    eligibilityDescription: '',
    minimumAge: '',
    maximumAge: '',
    applicationProcess: '',
    referralRequired: false,
    anonymous: false,
    isFree: true,
    feesDescription: '',
    feeAmount: '',
    scheduleDescription: '',
    locations: [],
    schedules: [],
    contacts: [],
    termIds: [],
  };
}

type DraftValue = OfferDraft[DraftField];

/** A value as compared: chosen codes in any order; places, times and contacts in order, keys aside. */
function comparable(value: DraftValue): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  const items: unknown[] = value;
  if (items.every((item) => typeof item === 'string')) return JSON.stringify([...items].sort());
  return JSON.stringify(items.map((item) => ({ ...(item as object), key: undefined })));
}

export function sameValue(a: DraftValue, b: DraftValue): boolean {
  return comparable(a) === comparable(b);
}

/** The fields whose values differ between two drafts. */
export function changedFields(before: OfferDraft, after: OfferDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/** Fields the API stores as null when empty (an empty text would fail their format check). */
const CLEARED_AS_NULL: readonly DraftField[] = [
  'alternateName',
  'url',
  'email',
  'phone',
  'minimumAge',
  'maximumAge',
  'feeAmount',
];

function apiValueOf(draft: OfferDraft, field: DraftField): unknown {
  const value = draft[field];
  if (typeof value === 'string' && value.trim() === '' && CLEARED_AS_NULL.includes(field)) return null;
  switch (field) {
    case 'minimumAge':
    case 'maximumAge':
      return Number(value);
    case 'feeAmount':
      return decimalOf(draft.feeAmount);
    case 'locations':
      return draft.locations.map(placeInput);
    case 'schedules':
      return draft.schedules.map(openingInput);
    case 'contacts':
      return draft.contacts.map(contactInput);
    default:
      return value;
  }
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

/** The POST body of a new offer: every field given; an empty optional one is left out. */
export function createOf(draft: OfferDraft): OfferCreate {
  const fields = DRAFT_FIELDS.map((field) => [field, apiValueOf(draft, field)] as const);
  return Object.fromEntries(fields.filter(([, value]) => value !== null)) as OfferCreate;
}
