import type { Lang } from './types';

/**
 * Calendar dates (yyyy-mm-dd) in China time. Isolation days are counted in calendar days where
 * the person lives, whatever the server's time zone.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000; // Asia/Shanghai has no daylight saving
const DAY_MS = 24 * 60 * 60 * 1000;

export function localDate(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(isoDate: string, lang: Lang): string {
  const [, month, day] = isoDate.split('-').map(Number);
  return lang === 'zh' ? `${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]}`;
}

/** A month and day said without a year: the most recent such date not after today. */
export function resolveMonthDay(month: number, day: number, today: string): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const year = Number(today.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  const thisYear = `${year}-${pad(month)}-${pad(day)}`;
  return thisYear <= today ? thisYear : `${year - 1}-${pad(month)}-${pad(day)}`;
}
