import type { Lang } from './types';

/**
 * Calendar arithmetic for relative dates ("昨天", "since Monday", "12月20日") and for counting
 * isolation days.
 *
 * Dates are calendar days in the service's time zone, not instants: a message sent at 01:00 Beijing
 * time on 5 January says "昨天" about 4 January, whatever the server's own TZ is. A CalendarDay is
 * the one representation; ISO strings (yyyy-mm-dd) are how days are stored and sent (entities,
 * conversation facts), and the ISO helpers at the end are this arithmetic on them.
 */

/** The hotline serves mainland China. */
export const SERVICE_TIME_ZONE = 'Asia/Shanghai';

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Building a DateTimeFormat costs more than using one, and every turn asks for today. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

/** The last day asked for: one message asks for the same instant's day many times (dates, ages, durations). */
let last: { ms: number; timeZone: string; day: CalendarDay } | undefined;

export function calendarDayOf(now: Date, timeZone: string = SERVICE_TIME_ZONE): CalendarDay {
  const ms = now.getTime();
  if (last?.ms !== ms || last.timeZone !== timeZone) {
    const parts = formatIn(timeZone).formatToParts(now);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    last = { ms, timeZone, day: { year: get('year'), month: get('month'), day: get('day') } };
  }
  return { ...last.day };
}

function toUtcMs(d: CalendarDay): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtcMs(ms: number): CalendarDay {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromUtcMs(toUtcMs(d) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `from` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (the Chinese week starts on Monday). */
export function weekdayOf(d: CalendarDay): number {
  return (new Date(toUtcMs(d)).getUTCDay() + 6) % 7;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = fromUtcMs(Date.UTC(year, month - 1, day));
  return d.month === month && d.day === day;
}

export function toIso(d: CalendarDay): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** "2022-12-20" → 20 December 2022. The ISO dates read here are ones this module wrote. */
export function fromIso(iso: string): CalendarDay {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

/**
 * A month/day without a year, resolved to the latest such date not after today: people report what
 * already happened, so "12月20日" said in January is last December.
 */
export function latestPastMonthDay(today: CalendarDay, month: number, day: number): CalendarDay | undefined {
  for (const year of [today.year, today.year - 1]) {
    if (!isValidDay(year, month, day)) continue;
    const d = { year, month, day };
    if (daysBetween(d, today) >= 0) return d;
  }
  return undefined;
}

/** A day of the month without a month ("20号"): this month if not in the future, else last month. */
export function latestPastDayOfMonth(today: CalendarDay, day: number): CalendarDay | undefined {
  if (day <= today.day) return { year: today.year, month: today.month, day };
  const lastMonth = addDays({ ...today, day: 1 }, -1);
  return isValidDay(lastMonth.year, lastMonth.month, day) ? { ...lastMonth, day } : undefined;
}

/** The most recent given weekday on or before today ("周一" on a Monday is today). */
export function latestWeekday(today: CalendarDay, weekday: number): CalendarDay {
  const back = (weekdayOf(today) - weekday + 7) % 7;
  return addDays(today, -back);
}

/** That weekday in the previous calendar week ("上周一", "last Monday"). */
export function weekdayOfLastWeek(today: CalendarDay, weekday: number): CalendarDay {
  const thisMonday = addDays(today, -weekdayOf(today));
  return addDays(thisMonday, weekday - 7);
}

// ---------- the same arithmetic on ISO dates (yyyy-mm-dd), as stored in entities and facts ----------

/** Today in the service's time zone, e.g. "2022-12-26". */
export function todayIso(now: Date, timeZone: string = SERVICE_TIME_ZONE): string {
  return toIso(calendarDayOf(now, timeZone));
}

export function addDaysIso(iso: string, days: number): string {
  return toIso(addDays(fromIso(iso), days));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetweenIso(from: string, to: string): number {
  return daysBetween(fromIso(from), fromIso(to));
}

/** A month and day said without a year, as in latestPastMonthDay; undefined for a day that does not exist. */
export function latestPastMonthDayIso(todayIsoDate: string, month: number, day: number): string | undefined {
  const d = latestPastMonthDay(fromIso(todayIsoDate), month, day);
  return d ? toIso(d) : undefined;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12月20日" / "20 Dec": how a reply names a day. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const { month, day } = fromIso(iso);
  return lang === 'zh' ? `${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]}`;
}
