/**
 * Entity extraction: the numbers and facts a triage rule or a medicine answer depends on.
 * Pure and deterministic. The text is read as the emergency screen reads it (nlp/text/reading.ts).
 */
import type { PhraseMatch } from '../text/phrase-matcher';
import type { Entities, Facts, Lang } from '../../core/types';
import type { EntityExtractor } from '../../core/understanding';
import { detectLang } from '../lang';
import { findMedicineSpans } from './medicines';
import { calendarDayOf, daysBetween, SERVICE_TIME_ZONE, toIso, type CalendarDay } from '../../core/calendar';
import { extractAges } from './age';
import { extractKeyConditions } from './conditions';
import { extractDates, findDates } from './dates';
import { findDurationMentions, longestDays, onsetDaysAgo, positiveDays, type DurationMention } from './duration';
import { findOnsetDate } from './onset';
import { findYesNo } from './yes-no';
import { findFeverStatus, findOnAntipyretics } from './fever';
import { findRecovery } from './recovery';
import { findAntigen, findPcrCt35Twice } from './test-results';
import { extractBreastfeeding, extractPregnancyWeeks, extractPregnant } from './pregnancy';
import { extractSpo2, findBareSpo2, mentionsSpo2 } from './spo2';
import { extractTemperature } from './temperature';
import { readMessage } from '../text/reading';
import { extractVitals, findBareBreathCount, findBareGlucose, mentionsBreathCount, mentionsGlucose } from './vitals';
import { extractWeight } from './weight';

export interface EntityContext {
  /** Calendar days are counted in this zone (default: the service's). */
  timeZone?: string;
  /** What an earlier turn said is being measured, so a bare "现在显示87" is read as that. */
  measuring?: Entities['measuring'];
  /** Ages an earlier turn gave: about a baby, "he's 38 exactly" is a temperature, not an age. */
  ages?: readonly number[];
}

/** What earlier turns (facts) change in how a message is read. */
export function entityContextOf(facts: Pick<Facts, 'measuring' | 'ages'> | undefined): EntityContext {
  return { measuring: facts?.measuring, ages: facts?.ages };
}

/** About a baby (every age known is under 2), a bare "he's 38.2" / "宝宝38度" is the temperature. */
const BABY_BARE_TEMPERATURE =
  /\b(?:he|she|it|baby|temp)(?:'s|\s+is|\s+was)\s+(?:now\s+|at\s+|about\s+|exactly\s+)?(3[5-9]|4[0-2])(\.\d)?\b(?!\s*(?:years?|yrs?|weeks?|months?|days?|kg|%|percent))|(?:他|她|宝宝|孩子)(?:现在)?(?:是|有)?\s*(3[5-9]|4[0-2])(\.\d)?(?![\d.]|\s*(?:岁|周|天|个月|斤|公斤|%))/;

function minOf(values: number[]): number | undefined {
  return values.length ? Math.min(...values) : undefined;
}

/**
 * @param lang not needed by the patterns (texts mix languages: "我的SpO2是92%"), kept for callers and
 *   for future language-specific rules.
 * @param now when the message was received; relative dates ("昨天", "since Monday") resolve against it
 *   in the service time zone.
 */
export function extractEntities(text: string, lang: Lang, now: Date, context: EntityContext = {}): Entities {
  void lang;
  const timeZone = context.timeZone ?? SERVICE_TIME_ZONE;
  // Read as the screen reads it: sound-alikes of vital words resolved (雪氧89 is 血氧89).
  const t = readMessage(text);
  const entities: Entities = {};
  let temperatureC = extractTemperature(t);
  const earlierAges = context.ages ?? [];
  if (temperatureC === undefined && earlierAges.length > 0 && Math.max(...earlierAges) < 2) {
    const m = BABY_BARE_TEMPERATURE.exec(t);
    if (m) temperatureC = Number((m[1] ?? m[3]) + (m[2] ?? m[4] ?? ''));
  }
  if (temperatureC !== undefined) entities.temperatureC = temperatureC;
  // A reading said after the word elsewhere in the message ("测了一下血氧，静坐的时候只有86%"), or in an earlier turn.
  const measuring = context.measuring === 'spo2' || mentionsSpo2(t);
  const spo2 = extractSpo2(t) ?? (measuring ? minOf(findBareSpo2(t)) : undefined);
  if (spo2 !== undefined) entities.spo2 = spo2;
  if (spo2 === undefined && mentionsSpo2(t)) entities.measuring = 'spo2';
  const today = calendarDayOf(now, timeZone);
  const pregnancyWeeks = extractPregnancyWeeks(t);
  // "36 weeks, …" or "pregnant 8 months": that length is the pregnancy, not how long the illness has lasted.
  // "waters broke, 34 weeks": the weeks are the pregnancy's, not a baby's age.
  const ages = extractAges(t).filter((age) => pregnancyWeeks === undefined || Math.abs(age * 52 - pregnancyWeeks) > 1);
  // "宝宝刚满两个月": that length is the baby's age, not how long the illness has lasted (nor is a pregnancy's).
  const durations = findDurationMentions(t, today).filter(
    (d) =>
      !isPregnancyLength(d.days, pregnancyWeeks) && !ages.some((age) => age < 2 && Math.abs(age * 365 - d.days) < 16),
  );
  const days = longestDays(durations);
  if (days !== undefined) entities.days = days;
  if (ages.length) entities.ages = ages;
  const weightKg = extractWeight(t);
  if (weightKg !== undefined) entities.weightKg = weightKg;
  const pregnant = extractPregnant(t);
  if (pregnant !== undefined) entities.pregnant = pregnant;
  if (pregnancyWeeks !== undefined) {
    entities.pregnancyWeeks = pregnancyWeeks;
    entities.pregnant ??= true;
  }
  const breastfeeding = extractBreastfeeding(t);
  if (breastfeeding !== undefined) entities.breastfeeding = breastfeeding;
  const dates = extractDates(t, now, timeZone);
  if (dates.length) entities.dates = dates;
  Object.assign(entities, extractVitals(t));
  // Breaths being counted (this turn or the last): the bare count that follows is the rate.
  if (entities.respiratoryRate === undefined) {
    const count = context.measuring === 'breaths' ? findBareBreathCount(t) : undefined;
    if (count !== undefined) entities.respiratoryRate = count;
    else if (mentionsBreathCount(t) && entities.measuring === undefined) entities.measuring = 'breaths';
  }
  // Diabetes or insulin named (this turn or the last): a bare one-decimal reading is the glucose.
  if (entities.glucose === undefined) {
    const glucoseInQuestion = context.measuring === 'glucose' || mentionsGlucose(t);
    const bare = glucoseInQuestion ? findBareGlucose(t) : undefined;
    if (bare !== undefined && bare !== entities.temperatureC) entities.glucose = bare;
    else if (mentionsGlucose(t) && entities.measuring === undefined) entities.measuring = 'glucose';
  }
  const conditions = extractKeyConditions(t);
  if (conditions.length) entities.conditions = conditions;
  const medicineSpans = findMedicineSpans(t);
  const medicines = [...new Set(medicineSpans.map((m) => m.id))];
  if (medicines.length) entities.medicines = medicines;
  Object.assign(entities, illnessCourse(t, today, durations, medicineSpans));
  const yesNo = findYesNo(t);
  if (yesNo) entities.yesNo = yesNo;
  return entities;
}

/** When the illness began and how it is going: what deciding the end of isolation needs. */
function illnessCourse(
  t: string,
  today: CalendarDay,
  durations: DurationMention[],
  medicines: PhraseMatch[],
): Entities {
  const { durationSpan, ...fever } = findFeverStatus(t, today);
  const onset = findOnsetDate({
    text: t,
    today,
    dates: findDates(t, today),
    durations,
    positiveDays: positiveDays(t),
    daysAgo: onsetDaysAgo(t, durations, durationSpan),
    notOnset: durationSpan,
  });
  const found: Entities = {
    onsetDate: onset ? toIso(onset) : undefined,
    onsetDaysAgo: onset ? daysBetween(onset, today) : undefined,
    ...fever,
    onAntipyretics: findOnAntipyretics(t, medicines),
    recovery: findRecovery(t),
    antigen: findAntigen(t),
    pcrCt35Twice: findPcrCt35Twice(t),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}

/** The engine's view of this module. */
export const entityExtractor: EntityExtractor = {
  detectLang,
  extract: (text, lang, now, facts) => extractEntities(text, lang, now, entityContextOf(facts)),
};
export { findMedicines, findMedicineSpans } from './medicines';
export { extractVitals, speaksOfMedicine, type Vitals } from './vitals';

export { normalizeText } from '../text/normalize';
export { parseChineseNumber, parseApproxNumber, parseEnglishNumber, parseAnyNumber } from '../text/numerals';
export { extractTemperature, findTemperatures, fahrenheitToCelsius, TEMPERATURE_RANGE_C } from './temperature';
export { extractSpo2, findSpo2, SPO2_RANGE } from './spo2';
export { extractDays, findDurations, findDurationMentions, onsetDaysAgo, type DurationMention } from './duration';
export { findFeverStatus, findOnAntipyretics, type FeverStatus } from './fever';
export { findRecovery } from './recovery';
export { findOnsetDate } from './onset';
export { findYesNo } from './yes-no';
export { findAntigen, findPcrCt35Twice } from './test-results';
export { extractAges } from './age';
export { extractWeight } from './weight';
export { extractPregnant, extractBreastfeeding, extractPregnancyWeeks } from './pregnancy';
export { extractDates, findDates, type DateMention } from './dates';
export { splitClauses, isNegatedBefore, isResolvedAfter, type Clause } from '../text/clauses';
export { SERVICE_TIME_ZONE, calendarDayOf, addDays, daysBetween, toIso, type CalendarDay } from '../../core/calendar';

/** Whether a duration of `days` is the pregnancy said in weeks or months. */
function isPregnancyLength(days: number | undefined, pregnancyWeeks: number | undefined): boolean {
  if (days === undefined || pregnancyWeeks === undefined) return false;
  return days === pregnancyWeeks * 7 || (days % 30 === 0 && Math.abs((days / 30) * 4.3 - pregnancyWeeks) <= 4);
}
