import type { components } from '../api/schema';
import { formatTime } from '../i18n/format';
import type { Weekday } from './opening-preview';
import type { EditorOffer } from './staff-api';

type Schemas = components['schemas'];
export type LocationInput = Schemas['LocationInputDto'];
export type ScheduleInput = Schemas['ScheduleInputDto'];
export type ContactInput = Schemas['ContactInputDto'];

/**
 * The offer's places, opening times and contacts as their controls hold them (numbers and times
 * as typed). `key` tells React which item is which while the editor adds and removes them.
 */
export interface PlaceDraft {
  key: string;
  name: string;
  address1: string;
  postalCode: string;
  city: string;
  latitude: string;
  longitude: string;
  accessibility: string;
  transportation: string;
}

export interface OpeningDraft {
  key: string;
  byday: Weekday[];
  /** As Danish clocks are written, "17.30". */
  opensAt: string;
  closesAt: string;
  validFrom: string;
  validTo: string;
  description: string;
}

export interface ContactDraft {
  key: string;
  name: string;
  title: string;
  email: string;
  phone: string;
}

let lastKey = 0;
const newKey = () => `new-${++lastKey}`;

export const emptyPlace = (): PlaceDraft => ({
  key: newKey(),
  name: '',
  address1: '',
  postalCode: '',
  city: '',
  latitude: '',
  longitude: '',
  accessibility: '',
  transportation: '',
});

export const emptyOpening = (): OpeningDraft => ({
  key: newKey(),
  byday: [],
  opensAt: '',
  closesAt: '',
  validFrom: '',
  validTo: '',
  description: '',
});

export const emptyContact = (): ContactDraft => ({
  key: newKey(),
  name: '',
  title: '',
  email: '',
  phone: '',
});

const textOf = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function placeDraftOf(location: EditorOffer['locations'][number]): PlaceDraft {
  return {
    key: location.id,
    name: location.name,
    address1: location.address1,
    postalCode: location.postalCode,
    city: location.city,
    latitude: textOf(location.latitude),
    longitude: textOf(location.longitude),
    accessibility: location.accessibility,
    transportation: location.transportation,
  };
}

export function openingDraftOf(schedule: EditorOffer['schedules'][number]): OpeningDraft {
  return {
    key: schedule.id,
    byday: schedule.byday,
    opensAt: formatTime(schedule.opensAt),
    closesAt: formatTime(schedule.closesAt),
    validFrom: textOf(schedule.validFrom),
    validTo: textOf(schedule.validTo),
    description: schedule.description,
  };
}

export function contactDraftOf(contact: EditorOffer['contacts'][number]): ContactDraft {
  return {
    key: contact.id,
    name: contact.name,
    title: contact.title,
    email: textOf(contact.email),
    phone: textOf(contact.phone),
  };
}

/** "17.30", "17:30" or "9" as the API's "17:30"; anything else as typed, for the API to refuse. */
export function apiClock(text: string): string {
  const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text.trim());
  return match ? `${match[1].padStart(2, '0')}:${match[2] ?? '00'}` : text.trim();
}

/** A typed decimal ("56,15" or "56.15") as a number; anything else as typed, for the API to refuse. */
export function decimalOf(text: string): number | string {
  const normal = text.trim().replace(',', '.');
  const value = Number(normal);
  return normal !== '' && Number.isFinite(value) ? value : text;
}

/** Only what was given: an empty optional text is left out, so the API's default applies. */
function given<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as Partial<T>;
}

/**
 * A place as the API takes it. Without a town or coordinates, the API takes the postcode's; a
 * number that is no number goes as typed, so the API's message names the field.
 */
export function placeInput({ key: _key, latitude, longitude, ...place }: PlaceDraft): LocationInput {
  return {
    ...given(place),
    postalCode: place.postalCode.trim(),
    ...(latitude.trim() ? { latitude: decimalOf(latitude) as number } : {}),
    ...(longitude.trim() ? { longitude: decimalOf(longitude) as number } : {}),
  };
}

export function openingInput({ key: _key, opensAt, closesAt, ...opening }: OpeningDraft): ScheduleInput {
  return {
    ...given(opening),
    byday: opening.byday,
    opensAt: apiClock(opensAt),
    closesAt: apiClock(closesAt),
  };
}

export function contactInput({ key: _key, ...contact }: ContactDraft): ContactInput {
  return { ...given(contact), name: contact.name };
}
