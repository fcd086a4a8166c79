/**
 * Entity extraction: the numbers and facts a triage rule or a medicine answer depends on.
 * Pure and deterministic.
 */
import type { PhraseMatch } from '../text/phrase-matcher';
import type { Entities, Lang } from '../../core/types';
import type { EntityExtractor } from '../../core/understanding';
import { detectLang } from '../lang';
import { findMedicineSpans } from './medicines';
import { calendarDayOf, SERVICE_TIME_ZONE } from '../../core/calendar';
import { extractAges } from './age';
import { extractDates } from './dates';
import { findDurationMentions, longestDays, onsetDaysAgo, type DurationMention } from './duration';
import { findFeverStatus, findOnAntipyretics } from './fever';
import { findRecovery } from './recovery';
import { findAntigen, findPcrCt35Twice } from './test-results';
import { extractBreastfeeding, extractPregnant } from './pregnancy';
import { extractSpo2 } from './spo2';
import { extractTemperature } from './temperature';
import { normalizeText } from '../text/normalize';
import { extractWeight } from './weight';

/**
 * @param lang not needed by the patterns (texts mix languages: "我的SpO2是92%"), kept for callers and
 *   for future language-specific rules.
 * @param now when the message was received; relative dates ("昨天", "since Monday") resolve against it
 *   in the service time zone.
 */
export function extractEntities(text: string, lang: Lang, now: Date, timeZone: string = SERVICE_TIME_ZONE): Entities {
  void lang;
  const t = normalizeText(text);
  const entities: Entities = {};
  const temperatureC = extractTemperature(t);
  if (temperatureC !== undefined) entities.temperatureC = temperatureC;
  const spo2 = extractSpo2(t);
  if (spo2 !== undefined) entities.spo2 = spo2;
  const today = calendarDayOf(now, timeZone);
  const durations = findDurationMentions(t, today);
  const days = longestDays(durations);
  if (days !== undefined) entities.days = days;
  const ages = extractAges(t);
  if (ages.length) entities.ages = ages;
  const weightKg = extractWeight(t);
  if (weightKg !== undefined) entities.weightKg = weightKg;
  const pregnant = extractPregnant(t);
  if (pregnant !== undefined) entities.pregnant = pregnant;
  const breastfeeding = extractBreastfeeding(t);
  if (breastfeeding !== undefined) entities.breastfeeding = breastfeeding;
  const dates = extractDates(t, now, timeZone);
  if (dates.length) entities.dates = dates;
  const medicineSpans = findMedicineSpans(t);
  const medicines = [...new Set(medicineSpans.map((m) => m.id))];
  if (medicines.length) entities.medicines = medicines;
  Object.assign(entities, illnessCourse(t, durations, medicineSpans));
  return entities;
}

/** When the illness began and how it is going: what deciding the end of isolation needs. */
function illnessCourse(t: string, durations: DurationMention[], medicines: PhraseMatch[]): Entities {
  const { durationSpan, ...fever } = findFeverStatus(t);
  const found: Entities = {
    onsetDaysAgo: onsetDaysAgo(t, durations, durationSpan),
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
  extract: (text, lang, now) => extractEntities(text, lang, now),
};
export { findMedicines, findMedicineSpans } from './medicines';

export { normalizeText } from '../text/normalize';
export { parseChineseNumber, parseApproxNumber, parseEnglishNumber, parseAnyNumber } from '../text/numerals';
export { extractTemperature, findTemperatures, fahrenheitToCelsius, TEMPERATURE_RANGE_C } from './temperature';
export { extractSpo2, findSpo2, SPO2_RANGE } from './spo2';
export { extractDays, findDurations, findDurationMentions, onsetDaysAgo, type DurationMention } from './duration';
export { findFeverStatus, findOnAntipyretics, type FeverStatus } from './fever';
export { findRecovery } from './recovery';
export { findAntigen, findPcrCt35Twice } from './test-results';
export { extractAges } from './age';
export { extractWeight } from './weight';
export { extractPregnant, extractBreastfeeding } from './pregnancy';
export { extractDates, findDates, type DateMention } from './dates';
export { splitClauses, isNegatedBefore, isResolvedAfter, type Clause } from '../text/clauses';
export { SERVICE_TIME_ZONE, calendarDayOf, addDays, daysBetween, toIso, type CalendarDay } from '../../core/calendar';
