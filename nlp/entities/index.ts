/**
 * Entity extraction: the numbers and facts a triage rule or a medicine answer depends on.
 * Pure and deterministic.
 */
import type { Entities, Lang } from '../../core/types';
import type { EntityExtractor } from '../../core/understanding';
import { detectLang } from '../lang';
import { findMedicines } from './medicines';
import { SERVICE_TIME_ZONE } from '../../core/calendar';
import { extractAges } from './age';
import { extractDates } from './dates';
import { extractDays } from './duration';
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
  const days = extractDays(t, now, timeZone);
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
  const medicines = findMedicines(text);
  if (medicines.length) entities.medicines = medicines;
  return entities;
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
export { extractDays, findDurations } from './duration';
export { extractAges } from './age';
export { extractWeight } from './weight';
export { extractPregnant, extractBreastfeeding } from './pregnancy';
export { extractDates, findDates, type DateMention } from './dates';
export { splitClauses, isNegatedBefore, isResolvedAfter, type Clause } from '../text/clauses';
export { SERVICE_TIME_ZONE, calendarDayOf, addDays, daysBetween, toIso, type CalendarDay } from '../../core/calendar';
