/**
 * The hotline's calendar days, for figures per day: Asia/Shanghai, UTC+8 all year (China has had no
 * daylight saving since 1991), so a day starts at 16:00 UTC the day before.
 */
export const HOTLINE_TIME_ZONE = 'Asia/Shanghai';
const OFFSET = '+08:00';

/** yyyy-mm-dd of an instant in the hotline's time zone. */
export function dayOf(at: Date): string {
  return at.toLocaleDateString('en-CA', { timeZone: HOTLINE_TIME_ZONE });
}

/** The instant a day (yyyy-mm-dd) begins. */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00${OFFSET}`);
}

/** The days from `from` (inclusive) to `to` (exclusive), in order. */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let day = dayOf(from); startOfDay(day) < to; day = dayOf(new Date(startOfDay(day).getTime() + 86_400_000)))
    days.push(day);
  return days;
}
