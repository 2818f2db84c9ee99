import { locale } from './language';

const dateFormat = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Copenhagen',
});
const dateTimeFormat = new Intl.DateTimeFormat(locale, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});
const numberFormat = new Intl.NumberFormat(locale);

/** `2026-11-24` or an ISO timestamp as "24. november 2026". */
export function formatDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const languageNames = new Intl.DisplayNames([locale], { type: 'language' });

/** A language by its ISO 639-1 code, named in the reader's language ("ar": "arabisk"). */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}
