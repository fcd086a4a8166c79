/**
 * Dates people mention (the day of a positive test, when a fever started): "12月20日", "12.20", "12/20",
 * "20号", "昨天", "前天", "上周一", "Dec 20", "yesterday", "last Monday". Resolved to ISO dates against
 * the message time; never in the future.
 */
import { NUM, EN_NUM, parseApproxNumber, parseEnglishNumber } from '../text/numerals';
import {
  type CalendarDay,
  addDays,
  calendarDayOf,
  SERVICE_TIME_ZONE,
  isValidDay,
  latestPastDayOfMonth,
  latestPastMonthDay,
  latestWeekday,
  weekdayOfLastWeek,
  daysBetween,
  toIso,
} from '../../core/calendar';
import { globalize, normalizeText } from '../text/normalize';

export interface DateMention {
  day: CalendarDay;
  index: number;
  end: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ZH_WEEKDAY: Readonly<Record<string, number>> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };
const EN_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const EN_WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)';

function monthOf(name: string): number | undefined {
  return MONTHS[name.slice(0, name.startsWith('sept') ? 4 : 3)];
}
function enWeekday(name: string): number {
  return EN_WEEKDAYS.findIndex((d) => d.startsWith(name.slice(0, 3)));
}

type Resolver = (m: RegExpMatchArray, today: CalendarDay) => CalendarDay | undefined;

/** Each pattern and how it turns into a day. Order matters only for overlap: earlier wins. */
const PATTERNS: ReadonlyArray<[RegExp, Resolver]> = [
  // 2022-12-20, 2022年12月20日
  [/(20\d\d)\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*[日号]?/, (m) => fullDate(+m[1], +m[2], +m[3])],
  // 12月20日 / 十二月二十号
  [
    new RegExp(`(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`),
    (m, t) => monthDay(t, parseApproxNumber(m[1]), parseApproxNumber(m[2])),
  ],
  // 12/20 (or 20/12 when the first number cannot be a month); not 120/80 blood pressure.
  [/(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/, (m, t) => slashDate(t, +m[1], +m[2])],
  // 12.20 — only with a two-digit day or a date word after it, so 7.5 (blood sugar, doses) is not a date.
  [
    /(?<![\d.])(1[0-2]|0?[1-9])\.(\d{2}|\d(?=\s*(?:号|日|阳|确诊|开始|那天)))(?![\d.]|\s*(?:mg|g\b|ml|kg|%|度|°|片|粒|岁|斤|公斤|mmol|元|块))/,
    (m, t) => monthDay(t, +m[1], +m[2]),
  ],
  // 20号 / 二十号 (day of month)
  [new RegExp(`(?<![月\\d])(${NUM})\\s*号(?!楼|床|线|门|窗)`), (m, t) => dayOfMonth(t, parseApproxNumber(m[1]))],
  // Dec 20, December 20th
  [new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`), (m, t) => monthDay(t, monthOf(m[1]), +m[2])],
  // 20 Dec, 20th of December
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b`),
    (m, t) => monthDay(t, monthOf(m[2]), +m[1]),
  ],
  [/大前天/, (_m, t) => addDays(t, -3)],
  [/(?<!大)前天|the day before yesterday/, (_m, t) => addDays(t, -2)],
  [/昨天|昨日|昨晚|昨夜|(?<!before )\byesterday\b|\blast night\b/, (_m, t) => addDays(t, -1)],
  [/今天|今日|今早|今晚|\btoday\b|\bthis morning\b|\btonight\b/, (_m, t) => t],
  // 3天前 / 3 days ago
  [new RegExp(`(${NUM})\\s*天(?:以)?前`), (m, t) => daysAgo(t, parseApproxNumber(m[1]))],
  [new RegExp(`\\b(${EN_NUM}|a|an)\\s+days?\\s+ago\\b`), (m, t) => daysAgo(t, parseEnglishNumber(m[1]))],
  // 上周一 / 上星期三
  [/上(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/, (m, t) => weekdayOfLastWeek(t, ZH_WEEKDAY[m[1]])],
  // 周一 / 星期一 / 礼拜一 (this week's, or today)
  [/(?<!上个?)(?:周|星期|礼拜)([一二三四五六日天])/, (m, t) => latestWeekday(t, ZH_WEEKDAY[m[1]])],
  // last Monday: the most recent Monday before today
  [new RegExp(`\\blast\\s+${EN_WEEKDAY}\\b`), (m, t) => latestWeekday(addDays(t, -1), enWeekday(m[1]))],
  // "since Tuesday" said on a Tuesday means a week ago: today would be "today".
  [new RegExp(`\\b(?:on|since|from)\\s+${EN_WEEKDAY}\\b`), (m, t) => latestWeekday(addDays(t, -1), enWeekday(m[1]))],
  // A weekday on its own ("Monday", the answer to "which day?"): full names only, so "sat" stays a verb.
  [
    /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/,
    (m, t) => latestWeekday(addDays(t, -1), enWeekday(m[1])),
  ],
];

function fullDate(year: number, month: number, day: number): CalendarDay | undefined {
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}
function monthDay(today: CalendarDay, month: number | undefined, day: number | undefined): CalendarDay | undefined {
  return month === undefined || day === undefined ? undefined : latestPastMonthDay(today, month, day);
}
function slashDate(today: CalendarDay, a: number, b: number): CalendarDay | undefined {
  if (a <= 12) return latestPastMonthDay(today, a, b);
  return b <= 12 ? latestPastMonthDay(today, b, a) : undefined;
}
function dayOfMonth(today: CalendarDay, day: number | undefined): CalendarDay | undefined {
  return day !== undefined && day >= 1 && day <= 31 ? latestPastDayOfMonth(today, day) : undefined;
}
function daysAgo(today: CalendarDay, n: number | undefined): CalendarDay | undefined {
  return n !== undefined && n >= 0 && n <= 366 ? addDays(today, -n) : undefined;
}

/** Every date mentioned in an already normalised text, in order of appearance, without overlaps. */
export function findDates(text: string, today: CalendarDay): DateMention[] {
  const found: DateMention[] = [];
  for (const [re, resolve] of PATTERNS) {
    for (const m of text.matchAll(globalize(re))) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      const day = resolve(m, today);
      if (day && daysBetween(day, today) >= 0) found.push({ day, index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** ISO dates mentioned, in order of appearance, without duplicates; relative to `now`, never after it. */
export function extractDates(text: string, now: Date, timeZone: string = SERVICE_TIME_ZONE): string[] {
  const today = calendarDayOf(now, timeZone);
  return [...new Set(findDates(normalizeText(text), today).map((d) => toIso(d.day)))];
}
