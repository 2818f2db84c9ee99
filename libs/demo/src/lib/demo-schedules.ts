import { Weekday, WEEKDAYS } from '@socialkompas/catalogue';
import type { DemoSchedule } from './demo-catalogue';
import type { ScheduleStyle } from './demo-phrases';
import { DemoRandom } from './demo-random';

export const DAY_NAMES: Record<Weekday, string> = {
  MO: 'mandag',
  TU: 'tirsdag',
  WE: 'onsdag',
  TH: 'torsdag',
  FR: 'fredag',
  SA: 'lørdag',
  SU: 'søndag',
};

const WORKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const ALL_DAYS: Weekday[] = [...WEEKDAYS];
const EVENINGS: Weekday[] = ['MO', 'TU', 'WE', 'TH'];

export interface GeneratedSchedule {
  schedules: DemoSchedule[];
  /** Set when the plain-language times say more than the weekly schedules (or there are none). */
  fixedDescription?: string;
}

function addMinutes(time: string, minutes: number): string {
  const [hours, mins] = time.split(':').map(Number);
  const total = hours * 60 + mins + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const weekly = (byday: Weekday[], opensAt: string, closesAt: string, description = ''): DemoSchedule => ({
  byday,
  opensAt,
  closesAt,
  description,
});

/** Weekly opening hours that suit the kind of activity and who it is for. */
export function scheduleFor(
  style: ScheduleStyle,
  random: DemoRandom,
  audience: { elderly: boolean; children: boolean },
): GeneratedSchedule {
  const one = (schedule: DemoSchedule): GeneratedSchedule => ({ schedules: [schedule] });
  /** Weekly on these days, at one of the given hours ("17:30-19:30"). */
  const during = (byday: Weekday[], hours: string[], description = ''): GeneratedSchedule => {
    const [opensAt, closesAt] = random.pick(hours).split('-');
    return one(weekly(byday, opensAt, closesAt, description));
  };
  switch (style) {
    case 'group': {
      const day = random.chance(0.1) ? 'FR' : random.pick(EVENINGS);
      const [opens, minutes] = audience.elderly
        ? [random.pick(['10:00', '13:00', '14:00']), 120]
        : audience.children
          ? [random.pick(['15:00', '16:00']), 90]
          : [random.pick(['16:00', '16:30', '17:00', '17:30', '18:00', '19:00']), random.pick([90, 120])];
      const first = weekly([day], opens, addMinutes(opens, minutes), random.chance(0.1) ? 'Ulige uger' : '');
      if (!random.chance(0.2)) return one(first);
      const other = random.pick(EVENINGS.filter((candidate) => candidate !== day));
      const otherOpens = audience.elderly ? '10:00' : random.pick(['10:00', '17:00', '19:00']);
      return { schedules: [first, weekly([other], otherOpens, addMinutes(otherOpens, 120))] };
    }
    case 'exercise': {
      const opens = audience.elderly
        ? random.pick(['09:00', '09:30', '10:00'])
        : random.pick(['16:30', '17:00', '17:30', '18:00']);
      const days = random.pick<Weekday[]>([['MO', 'TH'], ['TU', 'FR'], ['WE'], ['TU'], ['TH']]);
      const first = weekly(days, opens, addMinutes(opens, random.pick([60, 90])));
      return random.chance(0.15) ? { schedules: [first, weekly(['SA'], '10:00', '11:30')] } : one(first);
    }
    case 'meal':
      if (random.chance(0.2)) return one(weekly(['SU'], '12:00', '14:00'));
      return during([random.pick<Weekday>(['TU', 'WE', 'TH'])], ['17:30-19:30', '18:00-20:00']);
    case 'homework': {
      const opens = random.pick(['15:00', '15:30']);
      return one(
        weekly(
          random.pick<Weekday[]>([
            ['MO', 'WE'],
            ['TU', 'TH'],
            ['MO', 'TH'],
          ]),
          opens,
          addMinutes(opens, 120),
        ),
      );
    }
    case 'open':
      return random.pick<GeneratedSchedule>([
        one(weekly(WORKDAYS, '10:00', '15:00')),
        one(weekly(['MO', 'WE', 'FR'], '11:00', '16:00')),
        { schedules: [weekly(['MO', 'TU', 'WE', 'TH'], '09:30', '14:30'), weekly(['FR'], '09:30', '13:00')] },
        one(weekly(ALL_DAYS, '08:00', '20:00')),
      ]);
    case 'club': {
      const days = random.pick<Weekday[]>([
        ['MO', 'WE'],
        ['TU', 'TH'],
        ['MO', 'TU', 'WE', 'TH'],
      ]);
      return one(audience.children ? weekly(days, '14:00', '17:30') : weekly(days, '18:30', '21:30'));
    }
    case 'advice':
      if (random.chance(0.4)) return { schedules: [], fixedDescription: 'Efter aftale' };
      return during([random.pick(WORKDAYS)], ['16:00-18:00', '10:00-13:00'], 'Åben rådgivning');
    case 'appointment':
      return {
        schedules: [],
        fixedDescription: random.pick([
          'Efter aftale',
          'Efter aftale – typisk en gang om ugen',
          'Efter aftale, i dagtimerne eller om aftenen',
        ]),
      };
    case 'line': {
      const kind = random.choice({ always: 25, office: 35, evening: 25, split: 15 });
      if (kind === 'always') return one(weekly(ALL_DAYS, '00:00', '24:00'));
      if (kind === 'office') return during(WORKDAYS, ['09:00-15:00', '10:00-14:00']);
      if (kind === 'evening') return during(ALL_DAYS, ['18:00-22:00', '17:00-23:00']);
      return { schedules: [weekly(EVENINGS, '10:00', '14:00'), weekly(EVENINGS, '19:00', '22:00')] };
    }
    case 'chat':
      return random.pick<GeneratedSchedule>([
        one(weekly(WORKDAYS, '14:00', '20:00')),
        one(weekly(ALL_DAYS, '19:00', '23:00')),
        one(weekly(EVENINGS, '18:00', '22:00')),
      ]);
    case 'course': {
      const [opens, minutes] = random.pick<[string, number]>([
        ['17:00', 150],
        ['19:00', 120],
        ['09:00', 180],
      ]);
      const schedules = [weekly([random.pick(WORKDAYS)], opens, addMinutes(opens, minutes))];
      return {
        schedules,
        fixedDescription: `${describeSchedules(schedules)}, ${random.pick([4, 6, 8, 10])} gange`,
      };
    }
    case 'camp':
      return {
        schedules: [],
        fixedDescription: random.pick([
          'En uge i sommerferien (uge 28)',
          'Fem dage i uge 30',
          'Fire dage i sommerferien (uge 27)',
          'En uge i skolernes sommerferie',
        ]),
      };
    case 'food':
      return during(random.pick<Weekday[]>([['TU'], ['TH'], ['MO', 'TH']]), ['14:00-16:00', '15:00-17:00']);
  }
}

/** "17:00" → "17", "17:30" → "17.30": how Danish writes times. */
function clock(time: string): string {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? String(Number(hours)) : `${Number(hours)}.${minutes}`;
}

function days(byday: Weekday[]): string {
  const sorted = WEEKDAYS.filter((day) => byday.includes(day));
  if (sorted.length === 7) return 'alle dage';
  if (sorted.join() === WORKDAYS.join()) return 'hverdage';
  if (sorted.length === 1) return `hver ${DAY_NAMES[sorted[0]]}`;
  const positions = sorted.map((day) => WEEKDAYS.indexOf(day));
  const consecutive = positions.every(
    (position, index) => index === 0 || position === positions[index - 1] + 1,
  );
  if (consecutive && sorted.length >= 3)
    return `${DAY_NAMES[sorted[0]]}-${DAY_NAMES[sorted[sorted.length - 1]]}`;
  const names = sorted.map((day) => DAY_NAMES[day]);
  return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/** The schedules in plain Danish: "Hver tirsdag kl. 17-19", "Mandag-torsdag kl. 10-14 og …". */
export function describeSchedules(schedules: DemoSchedule[]): string {
  const text = schedules
    .map((schedule) => {
      if (schedule.byday.length === 7 && schedule.opensAt === '00:00' && schedule.closesAt === '24:00') {
        return 'døgnet rundt, alle ugens dage';
      }
      const note = schedule.description ? ` (${schedule.description.toLocaleLowerCase('da')})` : '';
      return `${days(schedule.byday)} kl. ${clock(schedule.opensAt)}-${clock(schedule.closesAt)}${note}`;
    })
    .join(' og ');
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}
