import {
  addDaysIso,
  calendarDayOf,
  daysBetweenIso,
  formatIsoDate,
  fromIso,
  latestPastMonthDayIso,
  todayIso,
  toIso,
} from '../../../core/calendar';

describe('calendar days in the service time zone', () => {
  it('takes today from Beijing time, whatever the server zone', () => {
    // 00:30 on 6 January in Beijing is still 5 January in UTC; 23:59 UTC on 31 Dec is 1 Jan there.
    expect(todayIso(new Date('2023-01-05T16:30:00Z'))).toBe('2023-01-06');
    expect(todayIso(new Date('2022-12-31T23:59:00Z'))).toBe('2023-01-01');
    expect(todayIso(new Date('2023-01-05T15:59:00Z'))).toBe('2023-01-05');
    expect(toIso(calendarDayOf(new Date('2023-01-05T16:30:00Z'), 'UTC'))).toBe('2023-01-05');
  });

  it('reads and writes ISO dates', () => {
    expect(fromIso('2022-12-05')).toEqual({ year: 2022, month: 12, day: 5 });
    expect(toIso(fromIso('2024-02-29'))).toBe('2024-02-29');
  });

  it('counts days on ISO dates across months, years and leap days', () => {
    expect(addDaysIso('2022-12-28', 7)).toBe('2023-01-04');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2023-03-01', -1)).toBe('2023-02-28');
    expect(daysBetweenIso('2022-12-20', '2023-01-02')).toBe(13);
    expect(daysBetweenIso('2023-01-02', '2022-12-20')).toBe(-13);
  });

  it('resolves a month and day said without a year to the latest one not after today', () => {
    expect(latestPastMonthDayIso('2023-01-05', 12, 20)).toBe('2022-12-20');
    expect(latestPastMonthDayIso('2023-01-05', 1, 5)).toBe('2023-01-05');
    expect(latestPastMonthDayIso('2023-03-05', 2, 29)).toBeUndefined();
    expect(latestPastMonthDayIso('2023-03-05', 2, 30)).toBeUndefined();
    expect(latestPastMonthDayIso('2023-03-05', 13, 1)).toBeUndefined();
  });

  it('names a day the way replies do', () => {
    expect(formatIsoDate('2023-01-04', 'zh')).toBe('1月4日');
    expect(formatIsoDate('2023-01-04', 'en')).toBe('4 Jan');
  });
});
