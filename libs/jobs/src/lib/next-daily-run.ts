import { danishToday } from '@socialkompas/denmark';
import { JOB_TIME_ZONE } from './job-schedule';

/** Milliseconds from `now` until the next `HH:MM` on the clock in Denmark (summer time included). */
export function msUntilNextDailyRun(time: string, now = new Date()): number {
  const [hours, minutes] = time.split(':').map(Number);
  for (let days = 0; days <= 2; days++) {
    const candidate = danishWallTimeToDate(now, days, hours, minutes);
    if (candidate.getTime() > now.getTime()) return candidate.getTime() - now.getTime();
  }
  return 24 * 3_600_000;
}

/** The instant when Danish clocks show HH:MM, `days` after the Danish date of `now`. */
function danishWallTimeToDate(now: Date, days: number, hours: number, minutes: number): Date {
  const [year, month, day] = danishToday(now).split('-').map(Number);
  const asUtc = Date.UTC(year, month - 1, day + days, hours, minutes);
  // The zone's offset at that moment (e.g. "GMT+1", "GMT+2"), found by formatting it there.
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: JOB_TIME_ZONE, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(asUtc))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offsetHours = Number(/GMT([+-]\d+)/.exec(offset ?? '')?.[1] ?? 0);
  return new Date(asUtc - offsetHours * 3_600_000);
}
