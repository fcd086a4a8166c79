/**
 * SLA due times, stored on the ticket when it is created (the minute sweep compares them with the
 * clock; no timer waits for them). A target counts every minute, or only the opening hours of the
 * service's calendar (knowledge/services/sla.json). Red targets are always continuous.
 */
import { addDays, calendarDayOf, weekdayOf, type CalendarDay } from '../../core/calendar';
import type { Priority, ServiceCode } from '../../core/tickets';
import type { SlaFile, SlaTarget, WorkingCalendar } from '../../knowledge/services/catalog';

export interface DueTimes {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MINUTE = 60_000;
/** A calendar with no opening hours in a fortnight is a data error; stop looking there. */
const HORIZON_DAYS = 14;

export class SlaPolicy {
  constructor(
    private readonly sla: SlaFile,
    private readonly calendarOf: (service: ServiceCode) => string | undefined,
  ) {}

  target(service: ServiceCode, priority: Priority): SlaTarget {
    const row = this.sla.targets.find((t) => t.service === service);
    if (!row) throw new Error(`no SLA targets for ${service}`);
    return row[priority];
  }

  dueTimes(service: ServiceCode, priority: Priority, from: Date): DueTimes {
    const target = this.target(service, priority);
    const calendar = target.clock === 'calendar' ? this.calendar(service) : undefined;
    return {
      firstResponseDueAt: addWorkingMinutes(from, target.firstResponseMinutes, calendar, this.sla.timeZone),
      resolutionDueAt: addWorkingMinutes(from, target.resolutionMinutes, calendar, this.sla.timeZone),
    };
  }

  /** How long after a breach the district lead hears of it. */
  districtDelayMinutes(priority: Priority): number {
    return this.sla.escalation.districtAfterMinutes[priority];
  }

  private calendar(service: ServiceCode): WorkingCalendar | undefined {
    const id = this.calendarOf(service);
    return this.sla.calendars.find((c) => c.id === id);
  }
}

/** `minutes` after `from`, counting only the calendar's opening hours when there is one. */
export function addWorkingMinutes(
  from: Date,
  minutes: number,
  calendar: WorkingCalendar | undefined,
  timeZone: string,
): Date {
  if (!calendar) return new Date(from.getTime() + minutes * MINUTE);
  let left = minutes;
  const startDay = calendarDayOf(from, timeZone);
  for (let ahead = 0; ahead < HORIZON_DAYS; ahead++) {
    const day = addDays(startDay, ahead);
    const midnight = localMidnight(day, timeZone);
    for (const [open, close] of rangesOf(calendar, day)) {
      const start = Math.max(midnight + open * MINUTE, from.getTime());
      const end = midnight + close * MINUTE;
      if (end <= start) continue;
      const available = (end - start) / MINUTE;
      if (available >= left) return new Date(start + left * MINUTE);
      left -= available;
    }
  }
  throw new Error(`calendar ${calendar.id} has no opening hours within ${HORIZON_DAYS} days`);
}

function rangesOf(calendar: WorkingCalendar, day: CalendarDay): Array<[number, number]> {
  const key = WEEKDAY_KEYS[weekdayOf(day)]!;
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return (calendar.hours[key] ?? []).map((r) => [toMinutes(r.slice(0, 5)), toMinutes(r.slice(6))]);
}

/** The instant of 00:00 on `day` in the zone (the offset measured at noon, so a DST day is still right enough). */
function localMidnight(day: CalendarDay, timeZone: string): number {
  const noonUtc = Date.UTC(day.year, day.month - 1, day.day, 12);
  const local = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(noonUtc));
  const get = (t: string) => Number(local.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = asUtc - noonUtc;
  return Date.UTC(day.year, day.month - 1, day.day) - offset;
}
