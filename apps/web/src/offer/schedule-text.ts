import { formatDate, formatTime } from '../i18n/format';
import { t } from './messages';
import type { Offer } from './offer-api';

/** What a line about an opening needs: the API's schedule, or an editor's draft of one. */
export type ScheduleLine = Pick<
  Offer['schedules'][number],
  'byday' | 'opensAt' | 'closesAt' | 'validFrom' | 'validTo' | 'description'
>;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type Day = (typeof DAYS)[number];

function isDay(value: string): value is Day {
  return (DAYS as readonly string[]).includes(value);
}

/** "Tirsdag kl. 16.30–18.30 fra 1. januar 2027": one line per opening rule. */
export function scheduleText(schedule: ScheduleLine): string {
  const days = schedule.byday.filter(isDay).map((day) => t(`day.${day}`));
  const hours =
    schedule.opensAt && schedule.closesAt
      ? t('time.range', { opens: formatTime(schedule.opensAt), closes: formatTime(schedule.closesAt) })
      : '';
  const from = schedule.validFrom ? t('offer.validFrom', { date: formatDate(schedule.validFrom) }) : '';
  const to = schedule.validTo ? t('offer.validTo', { date: formatDate(schedule.validTo) }) : '';
  return [days.join(', '), hours, from, to, schedule.description].filter(Boolean).join(' ');
}

/** When an offer is open, in one line: the editor's own words if given, else every opening rule. */
export function whenText(offer: { scheduleDescription: string; schedules: ScheduleLine[] }): string {
  return offer.scheduleDescription || offer.schedules.map(scheduleText).join('; ');
}
