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
const BABY_BEFORE = '(?:宝宝|婴儿|孩子|娃|宝贝|女儿|儿子|小孩)(?:才|刚|刚刚|今年|现在|已经|只有)?';

type Reader = (m: RegExpMatchArray) => number | undefined;
const zh = (g: string | undefined): number | undefined => (g === undefined ? undefined : parseApproxNumber(g));
const en = (g: string | undefined): number | undefined => (g === undefined ? undefined : parseEnglishNumber(g));

const PATTERNS: ReadonlyArray<[RegExp, Reader]> = [
  [new RegExp(`第\\s*(${NUM})\\s*天`), (m) => zh(m[1])],
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
      `(?<!孕|怀孕|怀了|妊娠|怀孕了|${BABY_BEFORE})(${NUM})\\s*个\\s*(?:多)?\\s*月(?!大|的宝宝|的孩子|的婴儿|宝宝)`,
    ),
    (m) => mul(zh(m[1]), 30),
  ],
  [/大前天/, () => 3],
  [/(?<!大)前天|the day before yesterday/, () => 2],
  [/昨天|昨日|昨晚|(?<!before )\byesterday\b|\blast night\b/, () => 1],
  [new RegExp(`\\bday\\s+(${EN_NUM})\\b`), (m) => en(m[1])],
  [new RegExp(`\\b(${EN_NUM})(?:st|nd|rd|th)\\s+day\\b`), (m) => en(m[1])],
  [/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day\b/, (m) => ORDINALS[m[1]]],
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
      `(?<!\\b(?:per|every|each|times|once|twice)\\s)\\b(${EN_NUM}|couple of|few|several|a|an)\\s*-?\\s*weeks?\\b(?!\\s*-?\\s*(?:old|pregnant|along|of pregnancy))`,
    ),
    (m) => mul(en(m[1].replace(/ of$/, '')), 7),
  ],
  [/\bfortnight\b/, () => 14],
  [new RegExp(`\\b(${EN_NUM}|a|an)\\s*-?\\s*months?\\b(?!\\s*-?\\s*old)`), (m) => mul(en(m[1]), 30)],
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

function sinceDateDays(text: string, today: CalendarDay): number[] {
  return findDates(text, today)
    .filter(
      (d) =>
        SINCE_BEFORE.test(text.slice(Math.max(0, d.index - 8), d.index)) ||
        /^(?:since|from)\b/.test(text.slice(d.index, d.end)) ||
        SINCE_AFTER.test(text.slice(d.end, d.end + 6)),
    )
    .map((d) => daysBetween(d.day, today));
}

/** Every duration in an already normalised text, in days. */
export function findDurations(text: string, today: CalendarDay): number[] {
  const out: number[] = [];
  for (const [re, read] of PATTERNS) {
    for (const m of text.matchAll(globalize(re))) {
      const v = read(m);
      if (v !== undefined && v > 0 && v <= MAX_DAYS) out.push(v);
    }
  }
  for (const v of sinceDateDays(text, today)) if (v > 0 && v <= MAX_DAYS) out.push(v);
  return out;
}

/** The illness/duration day count mentioned (largest of several), relative to `now`. */
export function extractDays(text: string, now: Date, timeZone: string = SERVICE_TIME_ZONE): number | undefined {
  const all = findDurations(normalizeText(text), calendarDayOf(now, timeZone));
  return all.length ? Math.max(...all) : undefined;
}
