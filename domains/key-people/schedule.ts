/**
 * When check-ins are due (pure): the grade's contacts of the week spread over the days left in it, at
 * the person's preferred times, never in quiet hours; every day while a red person is infected. Days
 * and times are Asia/Shanghai's (UTC+8 all year, no daylight saving), weeks run Monday to Sunday.
 */
import type { Grade } from '../../core/key-people';

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export interface ScheduleSettings {
  contactsPerWeek: Record<Grade, number>;
  /** Minutes after local midnight: quiet from `start` to `end` (wrapping midnight when start > end). */
  quiet: { start: number; end: number };
  /** "HH:MM" used when a person gave no preferred time. */
  defaultTime: string;
}

export interface PlanInput {
  grade: Grade;
  infected: boolean;
  contactTimes: readonly string[];
  /** Slots already written for this person this week (any status), with their kind. */
  existing: readonly { slot: Date; kind: 'weekly' | 'daily' }[];
}

export interface PlannedSlot {
  slot: Date;
  kind: 'weekly' | 'daily';
}

/** Local midnight of the Monday of the week `at` falls in, as an instant. */
export function weekStartOf(at: Date): Date {
  const local = at.getTime() + OFFSET_MS;
  const dayStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(dayStart - weekday * DAY_MS - OFFSET_MS);
}

/** The local day index (0 Monday … 6 Sunday) within its week. */
export function dayIndexOf(at: Date): number {
  return Math.floor((at.getTime() - weekStartOf(at).getTime()) / DAY_MS);
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

export function parseQuietHours(value: string): { start: number; end: number } {
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m) throw new Error('expected HH:MM-HH:MM, e.g. 21:00-08:00');
  return { start: Number(m[1]) * 60 + Number(m[2]), end: Number(m[3]) * 60 + Number(m[4]) };
}

function localMinute(at: Date): number {
  const local = at.getTime() + OFFSET_MS;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

export function inQuietHours(at: Date, quiet: { start: number; end: number }): boolean {
  const m = localMinute(at);
  if (quiet.start === quiet.end) return false;
  return quiet.start < quiet.end ? m >= quiet.start && m < quiet.end : m >= quiet.start || m < quiet.end;
}

/** The first moment at or after `at` outside quiet hours. */
export function afterQuietHours(at: Date, quiet: { start: number; end: number }): Date {
  if (!inQuietHours(at, quiet)) return at;
  const m = localMinute(at);
  const wait = (quiet.end - m + 1440) % 1440;
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000 + wait * 60_000);
}

/** The instant of local day `dayIndex` of the week starting at `weekStart`, at "HH:MM". */
function at(weekStart: Date, dayIndex: number, hhmm: string): Date {
  return new Date(weekStart.getTime() + dayIndex * DAY_MS + minutesOf(hhmm) * 60_000);
}

/** `count` of `days`, spread as evenly as they go, first day first. */
function spread(days: readonly number[], count: number): number[] {
  if (count <= 0) return [];
  if (count >= days.length) return [...days];
  return Array.from({ length: count }, (_, i) => days[Math.floor((i * days.length) / count)]!);
}

/**
 * The slots to add this week from `now`: enough weekly ones for the grade's count (those already
 * written count, whatever became of them), and one a day from today for an infected red person on
 * days that have none yet. Stable: run again the same day, it adds nothing.
 */
export function planWeek(input: PlanInput, now: Date, settings: ScheduleSettings): PlannedSlot[] {
  const weekStart = weekStartOf(now);
  const times = input.contactTimes.length ? input.contactTimes : [settings.defaultTime];
  const timeOn = (day: number) => times[day % times.length]!;
  const slotOn = (day: number) => afterQuietHours(at(weekStart, day, timeOn(day)), settings.quiet);
  const today = dayIndexOf(now);
  const dayOfSlot = (d: Date) => Math.floor((d.getTime() - weekStart.getTime()) / DAY_MS);
  const taken = new Set(input.existing.map((e) => dayOfSlot(e.slot)));
  const open = [0, 1, 2, 3, 4, 5, 6].filter((d) => d >= today && !taken.has(d) && slotOn(d) > now);
  const weeklyHad = input.existing.filter((e) => e.kind === 'weekly').length;
  const weekly = spread(open, settings.contactsPerWeek[input.grade] - weeklyHad);
  const out: PlannedSlot[] = weekly.map((d) => ({ slot: slotOn(d), kind: 'weekly' }));
  if (input.grade === 'red' && input.infected) {
    for (const d of open) if (!weekly.includes(d)) out.push({ slot: slotOn(d), kind: 'daily' });
  }
  return out.sort((a, b) => a.slot.getTime() - b.slot.getTime());
}
