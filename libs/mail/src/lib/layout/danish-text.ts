const dateIn = (timeZone: string) =>
  new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
// A calendar date has no zone: read and written in UTC it never shifts a day.
const CALENDAR_DATE = dateIn('UTC');
const DANISH_CLOCK_DATE = dateIn('Europe/Copenhagen');
const DANISH_CLOCK_TIME = new Intl.DateTimeFormat('da-DK', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Copenhagen',
});

/** `12. maj 2026`: a `YYYY-MM-DD` date as written, a moment as the calendar in Denmark shows it. */
export function danishDate(value: string | Date): string {
  return typeof value === 'string'
    ? CALENDAR_DATE.format(new Date(`${value.slice(0, 10)}T00:00:00Z`))
    : DANISH_CLOCK_DATE.format(value);
}

/** `17.30`: the time of day in Denmark, written the Danish way. */
export function danishTime(moment: Date): string {
  return DANISH_CLOCK_TIME.format(moment).replace(':', '.');
}

/** `Aarhus Kommunes Socialkompas`; a name ending in s, x or z takes an apostrophe instead. */
export function danishGenitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

/** `1 dag`, `180 dage`. */
export function days(count: number): string {
  return `${count} ${count === 1 ? 'dag' : 'dage'}`;
}
