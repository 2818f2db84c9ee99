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

/** An ISO timestamp as "24. nov. 2026, 17.30": the time of day with a full stop, in English too. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = dateTimeFormat.formatToParts(date);
  return parts
    .map((part, index) =>
      part.type === 'literal' && parts[index - 1]?.type === 'hour' && parts[index + 1]?.type === 'minute'
        ? '.'
        : part.value,
    )
    .join('');
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const languageNames = new Intl.DisplayNames([locale], { type: 'language' });

/** A language by its ISO 639-1 code, named in the reader's language ("ar": "arabisk"). */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

/** `17:30` (as the API gives opening times) as "17.30": Danish style, and British English reads it too. */
export function formatTime(value: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(value);
  return match ? `${match[1]}.${match[2]}` : value;
}

/** Which of a message's singular and plural forms a count takes, as the language counts. */
const pluralRules = new Intl.PluralRules(locale);

export function pluralForm(count: number): 'one' | 'other' {
  return pluralRules.select(count) === 'one' ? 'one' : 'other';
}
