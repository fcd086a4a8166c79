/**
 * `days`: how many days the illness (or the stated situation) has lasted, as the person counts them.
 * "第7天" → 7 (the 7th day), "阳了5天" / "3 days" → 5 / 3, "for a week" → 7, "前天" → 2,
 * "since Monday" → days elapsed from that Monday to the message date. When several are mentioned the
 * largest wins: the illness started at the earliest point mentioned, and thresholds such as
 * "fever for more than 3 days" should err towards care.
 */
import { NUM, EN_NUM, parseApproxNumber, parseEnglishNumber } from '../text/numerals';
import { type CalendarDay, calendarDayOf, daysBetween, SERVICE_TIME_ZONE } from '../../core/calendar';
import { findDates } from './dates';
import { globalize, normalizeText } from '../text/normalize';

const MAX_DAYS = 366;

/** "宝宝3个月" is an age, not a duration. */
const BABY_BEFORE = '(?:宝宝|婴儿|孩子|娃|宝贝|女儿|儿子|小孩|包包)(?:才|刚|刚刚|今年|现在|已经|只有)?';

type Reader = (m: RegExpMatchArray) => number | undefined;
const zh = (g: string | undefined): number | undefined => (g === undefined ? undefined : parseApproxNumber(g));
const en = (g: string | undefined): number | undefined => (g === undefined ? undefined : parseEnglishNumber(g));

/** "第5天", "day 5": the day of the illness, counting its first day as day 1, not a length. */
type Kind = 'ordinal';

/** Not right after a person ("she is 8 months", "baby just 6 weeks"): that is the person's age (age.ts), not how long. */
const NOT_AN_AGE =
  '(?<!\\b(?:he|she|hes|shes|baby|son|daughter|child|kid|girl|boy|newborn|infant|bub)\\s+(?:is\\s+)?(?:only\\s+|just\\s+)?)';

const PATTERNS: ReadonlyArray<readonly [RegExp, Reader, Kind?]> = [
  [new RegExp(`第\\s*(${NUM})\\s*天`), (m) => zh(m[1]), 'ordinal'],
  // 5天, 三天了, 三四天, 十多天 — but not dosing ("一天三次", "一天最多") nor a newborn's age ("出生20天").
  [
    new RegExp(
      `(?<!出生|出生才|出生刚|每|第|满)(${NUM}(?:多|几|来)?)\\s*(?:多)?\\s*天(?!大|的宝宝|的孩子|的婴儿|\\s*(?:${NUM})\\s*次|\\s*(?:吃|几|多少|最多|不超过|不能超过|内|之内|用量|剂量|服))`,
    ),
    (m) => zh(m[1]),
  ],
  [
    new RegExp(`(?<!孕|怀孕|怀了|妊娠)(${NUM})\\s*个?\\s*(?:多)?\\s*(?:星期|礼拜|周)(?![一二三四五六日天岁])`),
    (m) => mul(zh(m[1]), 7),
  ],
  [/半个月/, () => 15],
  [
    new RegExp(
      `(?<!孕|怀孕|怀了|妊娠|怀孕了|有了|${BABY_BEFORE})(${NUM})\\s*个\\s*(?:多)?\\s*月(?!大|的宝宝|的孩子|的婴儿|宝宝)`,
    ),
    (m) => mul(zh(m[1]), 30),
  ],
  [/大前天/, () => 3],
  [/(?<!大)前天|the day before yesterday/, () => 2],
  [/昨天|昨日|昨晚|(?<!before )\byesterday\b|\blast night\b/, () => 1],
  [new RegExp(`\\bday\\s+(${EN_NUM})\\b`), (m) => en(m[1]), 'ordinal'],
  [new RegExp(`\\b(${EN_NUM})(?:st|nd|rd|th)\\s+day\\b`), (m) => en(m[1]), 'ordinal'],
  [/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day\b/, (m) => ORDINALS[m[1]], 'ordinal'],
  // "3 days", "three-day fever", "a couple of days"; "a day" only as a duration ("for a day", "a day ago"),
  // never as dosing ("3 times a day").
  [
    new RegExp(
      `(?<!\\b(?:per|every|each|times|once|twice|mg|tablets?|pills?|doses?)\\s)\\b(${EN_NUM}|couple of|few|several)\\s*-?\\s*days?\\b(?!\\s*-?\\s*old)`,
    ),
    (m) => en(m[1].replace(/ of$/, '')),
  ],
  [/\b(?:for|about|over|nearly|almost|past|last|in)\s+(?:a|an|one)\s+day\b|\b(?:a|one)\s+day\s+ago\b/, () => 1],
  [
    new RegExp(
      `(?<!\\b(?:per|every|each|times|once|twice)\\s)${NOT_AN_AGE}\\b(${EN_NUM}|couple of|few|several|a|an)\\s*-?\\s*weeks?\\b(?!\\s*-?\\s*(?:old|pregnant|along|of pregnancy))`,
    ),
    (m) => mul(en(m[1].replace(/ of$/, '')), 7),
  ],
  [/\bfortnight\b/, () => 14],
  [new RegExp(`${NOT_AN_AGE}\\b(${EN_NUM}|a|an)\\s*-?\\s*months?\\b(?!\\s*-?\\s*old)`), (m) => mul(en(m[1]), 30)],
];

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

function mul(v: number | undefined, k: number): number | undefined {
  return v === undefined ? undefined : v * k;
}

/** A date said as a start point: "since Monday", "从12月20日开始", "周一阳的", "20号开始发烧". */
const SINCE_BEFORE = /(?:since|from|从|自从|自)\s*$/;
const SINCE_AFTER = /^\s*(?:开始|起|以来|到现在|阳|确诊|发烧|发热|烧|咳|就|病|不舒服|感染|测)/;

function sinceDates(text: string, today: CalendarDay): Array<{ days: number; index: number; end: number }> {
  return findDates(text, today)
    .filter(
      (d) =>
        SINCE_BEFORE.test(text.slice(Math.max(0, d.index - 8), d.index)) ||
        /^(?:since|from)\b/.test(text.slice(d.index, d.end)) ||
        SINCE_AFTER.test(text.slice(d.end, d.end + 6)),
    )
    .map((d) => ({ days: daysBetween(d.day, today), index: d.index, end: d.end }));
}

export interface DurationMention {
  days: number;
  index: number;
  end: number;
  /** "第5天" (the 5th day) rather than "5天" (five days). */
  ordinal: boolean;
}

/** "阳5": hotline shorthand for the 5th day since testing positive; a day of the illness, not a length. */
const POSITIVE_DAY = new RegExp(`阳\\s*(${NUM})(?![天日号\\d.])`);

function inRange(days: number | undefined): days is number {
  return days !== undefined && days > 0 && days <= MAX_DAYS;
}

/** Every duration in an already normalised text, where it was said. */
export function findDurationMentions(text: string, today: CalendarDay): DurationMention[] {
  const out: DurationMention[] = [];
  for (const [re, read, kind] of PATTERNS) {
    for (const m of text.matchAll(globalize(re))) {
      const days = read(m);
      const index = m.index ?? 0;
      if (inRange(days)) out.push({ days, index, end: index + m[0].length, ordinal: kind === 'ordinal' });
    }
  }
  for (const d of sinceDates(text, today)) if (inRange(d.days)) out.push({ ...d, ordinal: false });
  return out;
}

/** Every duration in an already normalised text, in days. */
export function findDurations(text: string, today: CalendarDay): number[] {
  return findDurationMentions(text, today).map((m) => m.days);
}

/** The illness/duration day count mentioned (largest of several), relative to `now`. */
export function extractDays(text: string, now: Date, timeZone: string = SERVICE_TIME_ZONE): number | undefined {
  return longestDays(findDurationMentions(normalizeText(text), calendarDayOf(now, timeZone)));
}

export function longestDays(mentions: readonly DurationMention[]): number | undefined {
  return mentions.length ? Math.max(...mentions.map((m) => m.days)) : undefined;
}

/** A length said right after the positive test: "阳了5天", "确诊3天", "positive for 5 days". */
const AFTER_POSITIVE = /(?:阳|确诊|感染)了?\s*$|positive(?: for)?\s*$/;

/**
 * How many days ago the illness began or the test was positive, in an already normalised text:
 * "第5天" / "阳5" → 4 (the first day is day 1); else a length since the positive test ("阳了5天");
 * else the longest length said ("5 days ago", "since Monday": isolation counts from the earlier of
 * symptoms and test). `notOnset` is a span that says something else, such as how long a fever has
 * been gone ("两天没烧了").
 */
export function onsetDaysAgo(
  text: string,
  durations: readonly DurationMention[],
  notOnset?: { start: number; end: number },
): number | undefined {
  const mentions = durations.filter((m) => !notOnset || m.end <= notOnset.start || m.index >= notOnset.end);
  const dayOfIllness = [...mentions.filter((m) => m.ordinal), ...positiveDays(text)].sort((a, b) => a.index - b.index);
  if (dayOfIllness.length > 0) return dayOfIllness[0].days - 1;
  const sincePositive = mentions.filter((m) => AFTER_POSITIVE.test(text.slice(Math.max(0, m.index - 12), m.index)));
  return longestDays(sincePositive.length > 0 ? sincePositive : mentions);
}

/** "阳5" mentions: the day of the illness in hotline shorthand. */
export function positiveDays(text: string): Array<{ days: number; index: number }> {
  const m = POSITIVE_DAY.exec(text);
  const days = m ? zh(m[1]) : undefined;
  return m && inRange(days) ? [{ days, index: m.index }] : [];
}
