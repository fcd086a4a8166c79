/**
 * Pregnancy and breastfeeding, negation-aware: true when asserted, false when explicitly denied
 * ("没怀孕", "not pregnant"), undefined when not mentioned. A generic question ("孕妇能吃吗") counts
 * as true: medicine advice for the asker should then be pregnancy-safe.
 */
import { isNegatedBefore, splitClauses } from '../text/clauses';
import { globalize, normalizeText } from '../text/normalize';
import { EN_NUM, NUM, parseApproxNumber, parseEnglishNumber } from '../text/numerals';

const PREGNANT = [
  /怀孕|孕妇|孕期|孕早期|孕中期|孕晚期|孕\s*\d+\s*周|孕\s*[一二三四五六七八九十]+\s*周|怀了(?:宝宝|孩子|二胎|一胎)?|怀着|身孕|妊娠|准妈妈|大肚子|(?:老婆|太太|媳妇|妻子|爱人|我)(?:已经|都)?有了\s*[\d一二三四五六七八九]+\s*个?\s*多?\s*月/,
  /\bpregnan(?:t|cy)\b|\bexpecting\s+(?:a\s+baby|twins)\b|\b(?:mum|mom|mother)[- ]to[- ]be\b|\bweeks?\s+along\b|\b(?:is|'s|am|are|'re)\s+expecting(?:\s+(?:a\s+baby|twins))?(?=\s*(?:$|[,.;!?]|\s+and\b|\s+but\b))/,
];
/** What happens only in a pregnancy: said of the person, they are pregnant, and "34 weeks" is its length. */
const PREGNANCY_EVENT = [
  /羊水|胎动|宫缩|胎心|胎膜/,
  /\bwaters?\s+(?:[a-z]+\s+){0,2}?(?:broke|broken|gone|went|breaking|leaking)\b|\bcontractions?\b|\b(?:baby|babys|baby's)\s+(?:kicks|kicking|movements)\b|\bfetal\b|\bfoetal\b/,
];
/** Planning or preventing a pregnancy, or a test, is not being pregnant. */
const NOT_PREGNANT_CONTEXT =
  /备孕|避孕|孕前|怀孕前|验孕|早孕试纸|pregnancy test|trying to (?:get pregnant|conceive)|before (?:i )?(?:got|get) pregnant/;

const BREASTFEEDING = [
  /哺乳|喂奶(?!粉)|母乳|喂母乳|奶娃|喂着奶/,
  /\bbreast\s*-?\s*feed(?:ing|s)?\b|\bbreastfed\b|\bnursing\b(?!\s+home)|\blactating\b/,
];
const NOT_BREASTFEEDING_CONTEXT = /奶粉|formula/;

function statusOf(text: string, patterns: readonly RegExp[], notContext: RegExp): boolean | undefined {
  let status: boolean | undefined;
  for (const clause of splitClauses(normalizeText(text))) {
    if (notContext.test(clause.text)) continue;
    for (const re of patterns) {
      for (const m of clause.text.matchAll(globalize(re))) {
        if (!isNegatedBefore(clause.text, m.index ?? 0)) return true;
        status = false;
      }
    }
  }
  return status;
}

export function extractPregnant(text: string): boolean | undefined {
  return statusOf(text, PREGNANT, NOT_PREGNANT_CONTEXT) ?? (speaksOfPregnancyEvent(text) ? true : undefined);
}

function speaksOfPregnancyEvent(text: string): boolean {
  const t = normalizeText(text);
  return PREGNANCY_EVENT.some((re) => re.test(t));
}

export function extractBreastfeeding(text: string): boolean | undefined {
  return statusOf(text, BREASTFEEDING, NOT_BREASTFEEDING_CONTEXT);
}

const WEEKS = [
  new RegExp(`(?:孕|怀孕|怀了|妊娠)\\s*(?:已经|快|才|都)?\\s*(${NUM})\\s*(?:多)?\\s*(?:周|个星期|个礼拜)`),
  new RegExp(`(${NUM})\\s*(?:多)?\\s*周(?:的)?(?:孕妇|身孕)`),
  new RegExp(`(?:我是孕妇|孕妇)\\s*(${NUM})\\s*周`),
  new RegExp(`\\b(${EN_NUM})\\s*(?:\\+\\d\\s*)?weeks?\\s*(?:pregnant|along|gestation)\\b`),
];
/**
 * "she is 34 weeks", "I'm 30 weeks": the pregnancy's length — unless a child is spoken of ("asking about
 * my son, he's 7 weeks"), when it is the child's age.
 */
const IS_WEEKS = new RegExp(
  `\\b(?:she is|she['’]s|i am|i['’]?m|wife is|is)\\s*(${EN_NUM})\\s*weeks?\\b(?!\\s*(?:old|ago|since))`,
);
/**
 * "She's 7 weeks and her temperature is 38.1": with no pregnancy said and no wife or partner named, a
 * "she" of up to 16 weeks is a baby — the reading that sends a young infant's fever to care.
 */
const PARTNER_SPOKEN_OF =
  /\b(?:wife|partner|girlfriend|fiancee|daughter[- ]in[- ]law|sister|mum|mom|mother|midwife|obstetrician|bump|trimester)\b/;
const CHILD_SPOKEN_OF = /\b(?:baby|babies|son|daughter|child|kid|boy|girl|newborn|infant|bub|he|him|his)\b/;
/**
 * A message that opens with the weeks ("36 weeks, …", "36周了，…"): from 20 weeks on, on a health line,
 * that is the pregnancy, not an illness of eight months (a baby's age says "old", a duration "for").
 */
const OPENING_WEEKS = [
  new RegExp(
    `^(${EN_NUM})\\s*weeks?\\b(?!\\s*(?:old|ago|since|now|of|with|and))(?=\\s*[,.:;!-]|\\s+(?:pregnant|along|today|here))`,
  ),
  new RegExp(`^(${NUM})\\s*周(?:了|啦)?(?=[,，。.:：!！\\s])`),
];
/** With a pregnancy event in the message ("waters just broke, 34 weeks"), weeks anywhere are its length. */
const WEEKS_WITH_EVENT = [
  new RegExp(`\\b(${EN_NUM})\\s*(?:\\+\\d\\s*)?weeks?\\b(?!\\s*(?:old|ago|since|of))`),
  new RegExp(`(${NUM})\\s*(?:多)?\\s*(?:周|个星期|个礼拜)(?!岁|大|前|以前|之前)`),
];
/** Months of pregnancy in English ("pregnant 8 months", "8 months pregnant", "eight month pregnant"). */
const EN_MONTHS = new RegExp(
  `\\bpregnant\\s*(?:for\\s*)?(${EN_NUM})\\s*months?\\b|\\b(${EN_NUM})\\s*months?\\s*pregnant\\b`,
);
const MONTHS = new RegExp(
  `(?:怀孕|孕|怀了)\\s*(${NUM})\\s*个?\\s*(?:多)?\\s*月|(${NUM})\\s*个月的身孕|肚子(?:已经)?(${NUM})\\s*个月|(?:老婆|太太|媳妇|妻子|爱人|我)(?:已经|都)?有了\\s*(${NUM})\\s*个?\\s*(?:多)?\\s*月`,
);

/** Weeks of pregnancy when said ("孕28周", "34 weeks pregnant", "怀孕八个月" ≈ 32). */
export function extractPregnancyWeeks(text: string): number | undefined {
  const t = normalizeText(text);
  for (const re of WEEKS) {
    const m = re.exec(t);
    const v = m ? (parseApproxNumber(m[1]) ?? parseEnglishNumber(m[1])) : undefined;
    if (v !== undefined && v >= 4 && v <= 43) return v;
  }
  const isWeeks = IS_WEEKS.exec(t);
  const weeks = isWeeks ? parseEnglishNumber(isWeeks[1]) : undefined;
  // A baby's age in weeks is said up to about four months; beyond that people say months.
  const aChildsAge =
    weeks !== undefined &&
    weeks <= 16 &&
    !/^(?:wife is|i am|i['’]?m)\b/.test(isWeeks![0]) &&
    (CHILD_SPOKEN_OF.test(t) || (/^(?:she is|she['’]s)\b/.test(isWeeks![0]) && !PARTNER_SPOKEN_OF.test(t))) &&
    !PREGNANT[1].test(t) &&
    !speaksOfPregnancyEvent(t);
  if (weeks !== undefined && weeks >= 4 && weeks <= 43 && !aChildsAge) return weeks;
  for (const re of OPENING_WEEKS) {
    const m = re.exec(t);
    const v = m ? (parseApproxNumber(m[1]) ?? parseEnglishNumber(m[1])) : undefined;
    if (v !== undefined && v >= 20 && v <= 42) return v;
  }
  if (speaksOfPregnancyEvent(t)) {
    for (const re of WEEKS_WITH_EVENT) {
      const m = re.exec(t);
      const v = m ? (parseApproxNumber(m[1]) ?? parseEnglishNumber(m[1])) : undefined;
      if (v !== undefined && v >= 20 && v <= 43) return v;
    }
  }
  const m = MONTHS.exec(t);
  const months = m ? parseApproxNumber(m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
  if (months !== undefined && months >= 1 && months <= 10) return months * 4;
  const e = EN_MONTHS.exec(t);
  const enMonths = e ? parseEnglishNumber(e[1] ?? e[2]) : undefined;
  return enMonths !== undefined && enMonths >= 1 && enMonths <= 10 ? enMonths * 4 : undefined;
}
