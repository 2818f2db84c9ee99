import { LocalMoment } from './snapshot-search';

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_MS = 86_400_000;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday (0 = Monday), minute of the day and date of a moment, as a clock in Denmark shows it. */
export function danishMoment(at: Date): LocalMoment {
  const part = Object.fromEntries(formatter.formatToParts(at).map(({ type, value }) => [type, value]));
  return {
    weekday: WEEKDAY_NAMES.indexOf(part.weekday),
    minute: Number(part.hour) * 60 + Number(part.minute),
    day: Math.floor(Date.UTC(Number(part.year), Number(part.month) - 1, Number(part.day)) / DAY_MS),
  };
}
