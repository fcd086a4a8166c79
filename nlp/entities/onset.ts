/**
 * The day the illness began or the test was positive: the day isolation counts from.
 *
 * "今天第5天" and "day 5 today" say what today is, not when the illness began (day 5 today began four
 * days ago); "昨天是第5天" anchors the count on yesterday. "昨天阳的", "tested positive on Monday",
 * "12月20日" name the day itself; "阳了5天" counts back from today. A bare "今天" ("今天能出门吗") is when
 * the person speaks, never the onset; a day the fever went ("前天退烧了") is not the onset either.
 */
import { addDays, daysBetween, type CalendarDay } from '../../core/calendar';
import { splitClauses } from '../text/clauses';
import type { DateMention } from './dates';
import type { DurationMention } from './duration';

/** Words right after a day that make it the start of the illness: "昨天阳的", "周一开始发烧". */
const ONSET_AFTER =
  /^\s*(?:就|才|开始|起)?\s*(?:阳|确诊|测出|测阳|开始|发烧|发热|烧|咳|病|感染|出现|有症状|不舒服|中招)/;
/** English: a test or the first symptoms in the same clause as the day. */
const ONSET_WORDS_EN =
  /\b(?:tested|test(?:ed)? positive|positive|symptoms? (?:started|began)|got (?:sick|covid|ill)|fell ill|started|began|caught)\b/;
const SINCE_BEFORE = /(?:since|from|从|自从|自)\s*$/;

export interface OnsetInput {
  text: string;
  today: CalendarDay;
  dates: readonly DateMention[];
  durations: readonly DurationMention[];
  /** "阳5": the day of the illness in hotline shorthand, where it was said. */
  positiveDays: ReadonlyArray<{ days: number; index: number }>;
  /** Days since the positive test as a length ("阳了5天"), when said; see duration.ts onsetDaysAgo. */
  daysAgo?: number;
  /** A span that says something else, such as when the fever went ("两天没烧了", "no fever since Tuesday"). */
  notOnset?: { start: number; end: number };
}

export function findOnsetDate(input: OnsetInput): CalendarDay | undefined {
  const { text, today, notOnset } = input;
  const outside = (m: { index: number; end: number }) =>
    !notOnset || m.end <= notOnset.start || m.index >= notOnset.end;
  const dates = input.dates.filter(outside);
  const clauseOf = (index: number) => clauseAt(text, index);

  // "第5天" / "day 5" / "阳5": the day of the illness, on the day named in its clause or today.
  const ordinal = [
    ...input.durations.filter((m) => m.ordinal && outside(m)).map((m) => ({ days: m.days, index: m.index })),
    ...input.positiveDays,
  ].sort((a, b) => a.index - b.index)[0];
  if (ordinal) {
    const clause = clauseOf(ordinal.index);
    const anchor = dates.find((d) => d.index >= clause.start && d.end <= clause.end)?.day ?? today;
    return addDays(anchor, -(ordinal.days - 1));
  }

  const attached = dates.filter((d) => {
    const clause = clauseOf(d.index);
    return (
      ONSET_AFTER.test(text.slice(d.end, d.end + 8)) ||
      SINCE_BEFORE.test(text.slice(Math.max(0, d.index - 6), d.index)) ||
      /^(?:since|from)\b/.test(text.slice(d.index, d.end)) ||
      ONSET_WORDS_EN.test(text.slice(clause.start, clause.end))
    );
  });
  if (attached.length) return earliest(attached);
  if (input.daysAgo !== undefined) return addDays(today, -input.daysAgo);
  // A day said on its own ("12月20日，什么时候能出门？"), except today, which is just when they speak.
  const before = dates.filter((d) => daysBetween(d.day, today) > 0);
  return before.length ? earliest(before) : undefined;
}

function earliest(dates: readonly DateMention[]): CalendarDay {
  return [...dates].sort((a, b) => daysBetween(b.day, a.day))[0].day;
}

function clauseAt(text: string, index: number): { start: number; end: number } {
  const clause = splitClauses(text).find((c) => index >= c.start && index < c.start + c.text.length);
  return clause ? { start: clause.start, end: clause.start + clause.text.length } : { start: 0, end: text.length };
}
