import { afterQuietHours, inQuietHours, planWeek, weekStartOf } from '../../../domains/key-people';

const settings = {
  contactsPerWeek: { red: 3, yellow: 2, green: 0 },
  quiet: { start: 21 * 60, end: 8 * 60 },
  defaultTime: '10:00',
};
const local = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
// Monday 30 Nov 2026 00:30 in Hangzhou.
const MONDAY = new Date('2026-11-29T16:30:00Z');

describe('check-in schedule (Asia/Shanghai)', () => {
  it('starts weeks on Monday at local midnight', () => {
    expect(weekStartOf(new Date('2026-12-03T12:00:00Z')).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(weekStartOf(new Date('2026-11-29T15:59:00Z')).toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });

  it('spreads red over Monday, Wednesday and Friday, yellow over Monday and Thursday, at the preferred time', () => {
    const red = planWeek({ grade: 'red', infected: false, contactTimes: ['09:00'], existing: [] }, MONDAY, settings);
    expect(red.map((s) => local(s.slot))).toEqual(['2026-11-30T09:00', '2026-12-02T09:00', '2026-12-04T09:00']);
    const yellow = planWeek({ grade: 'yellow', infected: false, contactTimes: [], existing: [] }, MONDAY, settings);
    expect(yellow.map((s) => local(s.slot))).toEqual(['2026-11-30T10:00', '2026-12-03T10:00']);
  });

  it('adds nothing when run again, and only what is missing for someone registered mid-week', () => {
    const first = planWeek({ grade: 'red', infected: false, contactTimes: ['09:00'], existing: [] }, MONDAY, settings);
    expect(
      planWeek({ grade: 'red', infected: false, contactTimes: ['09:00'], existing: first }, MONDAY, settings),
    ).toEqual([]);
    const thursday = new Date('2026-12-03T02:00:00Z'); // 10:00, after the 09:00 slot
    const late = planWeek({ grade: 'red', infected: false, contactTimes: ['09:00'], existing: [] }, thursday, settings);
    expect(late.map((s) => local(s.slot))).toEqual(['2026-12-04T09:00', '2026-12-05T09:00', '2026-12-06T09:00']);
  });

  it('checks an infected red person every day', () => {
    const slots = planWeek({ grade: 'red', infected: true, contactTimes: ['09:00'], existing: [] }, MONDAY, settings);
    expect(slots.map((s) => [local(s.slot).slice(0, 10), s.kind])).toHaveLength(7);
    expect(slots.filter((s) => s.kind === 'daily')).toHaveLength(4);
  });

  it('moves a time inside quiet hours to their end, and knows quiet hours that wrap midnight', () => {
    const slots = planWeek(
      { grade: 'yellow', infected: false, contactTimes: ['06:30'], existing: [] },
      MONDAY,
      settings,
    );
    expect(slots.map((s) => local(s.slot))).toEqual(['2026-11-30T08:00', '2026-12-03T08:00']);
    expect(inQuietHours(new Date('2026-11-30T14:00:00Z'), settings.quiet)).toBe(true); // 22:00
    expect(inQuietHours(new Date('2026-11-30T02:00:00Z'), settings.quiet)).toBe(false); // 10:00
    expect(local(afterQuietHours(new Date('2026-11-30T13:30:00Z'), settings.quiet))).toBe('2026-12-01T08:00');
  });
});
