export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The weekly openings an offer has, as the API stores them (Danish local time, "HH:MM"). */
export interface Opening {
  byday: Weekday[];
  opensAt: string;
  closesAt: string;
  validFrom: string | null;
  validTo: string | null;
}

/** Open at this moment, or when it opens next (the day, its date, and the time "HH:MM"). */
export type OpeningState =
  { open: true } | { open: false; weekday: Weekday; date: string; opensAt: string; daysAhead: number };

const danishClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** How far ahead to look for the next opening: a season's openings may start months from now. */
const DAYS_AHEAD = 400;

/** The date, weekday and "HH:MM" a clock in Denmark shows at `at`, as the search's open_now reads it. */
function danishMoment(at: Date) {
  const part = Object.fromEntries(danishClock.formatToParts(at).map(({ type, value }) => [type, value]));
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    weekday: SHORT_WEEKDAYS.indexOf(part.weekday),
    time: `${part.hour}:${part.minute}`,
  };
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

const validOn = (opening: Opening, date: string) =>
  (!opening.validFrom || opening.validFrom <= date) && (!opening.validTo || opening.validTo >= date);

/**
 * Whether the openings make the offer open at `now`, or when it opens next; undefined when no
 * opening lies ahead. The same rule as the public search's open_now: open from `opensAt` up to,
 * not including, `closesAt`, on the opening's days, within its dates.
 */
export function openingState(openings: Opening[], now: Date): OpeningState | undefined {
  const today = danishMoment(now);
  const usable = openings.filter((opening) => opening.opensAt < opening.closesAt);
  const isOpen = usable.some(
    (opening) =>
      opening.byday.includes(WEEKDAYS[today.weekday]) &&
      validOn(opening, today.date) &&
      opening.opensAt <= today.time &&
      today.time < opening.closesAt,
  );
  if (isOpen) return { open: true };
  for (let daysAhead = 0; daysAhead < DAYS_AHEAD; daysAhead++) {
    const date = addDays(today.date, daysAhead);
    const weekday = WEEKDAYS[(today.weekday + daysAhead) % 7];
    const times = usable
      .filter((opening) => opening.byday.includes(weekday) && validOn(opening, date))
      .map((opening) => opening.opensAt)
      .filter((opensAt) => daysAhead > 0 || opensAt > today.time)
      .sort();
    if (times.length > 0) return { open: false, weekday, date, opensAt: times[0], daysAhead };
  }
  return undefined;
}
