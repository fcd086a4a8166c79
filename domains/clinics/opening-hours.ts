import { WEEKDAYS, type Clinic, type Weekday } from './directory';

/** Opening hours arithmetic in the directory's time zone (minutes since local midnight). */
export interface LocalClock {
  day: Weekday;
  minutes: number;
}

const SHORT_TO_DAY: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};
const NIGHT_MINUTES = 22 * 60; // "at night" means still open at 22:00 or later

/** Building a DateTimeFormat costs more than using one; the directory has one time zone. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

export function localClock(now: Date, timeZone: string): LocalClock {
  const parts = formatIn(timeZone).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return { day: SHORT_TO_DAY[get('weekday')], minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function ranges(clinic: Clinic, day: Weekday): Array<[number, number]> {
  return clinic.hours[day].map((r) => [toMinutes(r.slice(0, 5)), toMinutes(r.slice(6))]);
}

export function isOpenAt(clinic: Clinic, clock: LocalClock): boolean {
  return ranges(clinic, clock.day).some(([from, to]) => clock.minutes >= from && clock.minutes < to);
}

export function isAlwaysOpen(clinic: Clinic): boolean {
  return WEEKDAYS.every((d) => clinic.hours[d].includes('00:00-24:00'));
}

export function isOpenAtNight(clinic: Clinic): boolean {
  return WEEKDAYS.some((d) => ranges(clinic, d).some(([, to]) => to > NIGHT_MINUTES));
}

export function isOpenOnWeekend(clinic: Clinic): boolean {
  return clinic.hours.sat.length > 0 || clinic.hours.sun.length > 0;
}

/** The next time it opens after `clock`, within a week: the day and "HH:MM". */
export function nextOpening(
  clinic: Clinic,
  clock: LocalClock,
): { day: Weekday; time: string; daysAhead: number } | undefined {
  const start = WEEKDAYS.indexOf(clock.day);
  for (let ahead = 0; ahead < 7; ahead += 1) {
    const day = WEEKDAYS[(start + ahead) % 7];
    const from = clinic.hours[day].map((r) => r.slice(0, 5)).find((t) => ahead > 0 || toMinutes(t) > clock.minutes);
    if (from) return { day, time: from, daysAhead: ahead };
  }
  return undefined;
}
