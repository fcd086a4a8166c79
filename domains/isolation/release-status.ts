import type { TurnContext } from '../../core/types';
import { NUM, parseChineseNumber } from '../../nlp/text/numerals';
import { addDaysIso, daysBetweenIso, latestPastMonthDayIso, todayIso } from '../../core/calendar';
import type { ReleaseStatus } from './release-calculator';

/**
 * Reads what a person says about their illness into a ReleaseStatus: "阳了第5天", "12月20日阳的",
 * "I tested positive 7 days ago", "不烧了两天", "still have a fever", "抗原转阴了".
 * Earlier turns' facts fill what this message does not say.
 */
const N = `(${NUM})`;
const ORDINAL_DAY = new RegExp(
  `第\\s*${N}\\s*天|\\bday\\s*(\\d+)\\b|\\b(\\d+)(?:st|nd|rd|th) day\\b|阳\\s*${N}(?![天日号])`,
  'i',
);
const DAYS_AGO = new RegExp(
  `${N}\\s*天前|(\\d+)\\s*days?\\s*ago|阳了\\s*${N}\\s*天|${N}\\s*天了|for\\s*(\\d+)\\s*days`,
  'i',
);
const MONTH_DAY_ZH = new RegExp(`${N}\\s*月\\s*${N}\\s*[日号]`);
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY_EN =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const firstGroup = (m: RegExpExecArray): string | undefined => m.slice(1).find((g) => g !== undefined);

function positiveDateFrom(text: string, ctx: TurnContext, today: string): string | undefined {
  const fromEntities = ctx.entities.dates?.find((d) => d <= today);
  if (fromEntities) return fromEntities;
  const zh = MONTH_DAY_ZH.exec(text);
  if (zh) return latestPastMonthDayIso(today, parseChineseNumber(zh[1]) ?? 0, parseChineseNumber(zh[2]) ?? 0);
  const en = MONTH_DAY_EN.exec(text);
  if (en) {
    const month = MONTHS_EN.indexOf((en[1] ?? en[4]).toLowerCase()) + 1;
    return latestPastMonthDayIso(today, month, Number(en[2] ?? en[3]));
  }
  const ordinal = ORDINAL_DAY.exec(text);
  const ordinalDay = ordinal ? parseChineseNumber(firstGroup(ordinal) ?? '') : undefined;
  if (ordinalDay) return addDaysIso(today, -(ordinalDay - 1)); // day 1 is the day of the positive test
  const ago = DAYS_AGO.exec(text);
  const elapsed = ago ? parseChineseNumber(firstGroup(ago) ?? '') : ctx.entities.days;
  if (elapsed !== undefined) return addDaysIso(today, -elapsed);
  if (/今天.{0,4}阳|today.{0,20}positive|positive.{0,10}today/i.test(text)) return today;
  if (/昨天.{0,4}阳|yesterday/i.test(text)) return addDaysIso(today, -1);
  return undefined;
}

const STILL_FEVER =
  /还(在)?(发)?烧|还发热|又(发)?烧|反复发烧|一直(在)?烧|still (have |got |running )?(a )?(fever|temperature)|fever (is )?back|still feverish/i;
const NO_FEVER =
  /不烧了|退烧了|没(有)?(再)?发烧|没(有)?再烧|体温正常|烧退了|不发烧|没烧|no (more )?fever|fever (has )?(gone|went|is gone|broke)|fever[- ]free|temperature (is )?(back to )?normal|no longer (have |has )?(a )?fever/i;
const FEVER_DAYS = new RegExp(
  `${N}\\s*天(没|不)(发)?烧|(没|不)(发)?烧(了)?\\s*${N}\\s*天|退烧\\s*${N}\\s*天|(?:no fever|fever[- ]free|fever gone)\\s*(?:for\\s*)?(\\d+)\\s*(day|hour)s?`,
  'i',
);
const ANTIPYRETIC =
  /(吃|服|用)(了|着)?(退烧药|布洛芬|对乙酰氨基酚|泰诺|美林|芬必得)|靠(吃)?药|吃药才(退|不烧)|(took|taking|on) (a )?(fever (reducer|medicine)|ibuprofen|paracetamol|acetaminophen|tylenol|advil|panadol)/i;
const NO_ANTIPYRETIC =
  /(没|不|没有)(吃|服|用)(退烧)?药|不用退烧药|without (any )?(fever )?(medicine|medication|reducers?|antipyretics)|no (fever )?(medicine|medication)|not taking (any )?(medicine|fever)/i;
const WORSE =
  /没(有)?好转|没好|更(严重|重|难受)|加重|还是很难受|worse|not better|no better|still (very )?(sick|ill|unwell)/i;
const BETTER =
  /好多了|好转|明显好|差不多好了|基本好了|好了|没(什么)?症状|没有症状|只有(点)?咳|只是(有点)?咳|better|improv|recovered|no symptoms|only a (slight |little )?cough|feel (fine|good|ok)/i;
const ANTIGEN_NEG = /阴了|转阴|阴性|一条杠|一道杠|negative/i;
const ANTIGEN_POS = /还(是)?阳|两条杠|两道杠|still positive/i;
const PCR_CT35 = /ct\s*值?\s*(≥|>=|大于|超过|>)?\s*35|ct\s*(value)?s?\s*(of\s*)?(≥|>=|above|over)?\s*35/i;

function feverHours(text: string): number | undefined {
  const m = FEVER_DAYS.exec(text);
  const token = m?.slice(1).find((g) => g !== undefined && parseChineseNumber(g) !== undefined);
  const value = token ? parseChineseNumber(token) : undefined;
  if (m && value !== undefined) return /hour/i.test(m[0]) ? value : value * 24;
  if (/前天/.test(text)) return 48;
  return undefined;
}

export function readReleaseStatus(ctx: TurnContext): ReleaseStatus {
  const text = ctx.text.normalize('NFKC');
  const today = todayIso(ctx.now);
  const facts = ctx.state.facts;
  const remembered =
    facts.positiveTestDate ??
    (facts.daysSincePositive ? addDaysIso(facts.daysSincePositive.statedOn, -facts.daysSincePositive.days) : undefined);
  const stillFever =
    STILL_FEVER.test(text) || (ctx.entities.temperatureC !== undefined && ctx.entities.temperatureC >= 37.3);
  const noFever = !stillFever && NO_FEVER.test(text);
  const hours = noFever ? feverHours(text) : undefined;
  const sinceFact = facts.feverFreeSince ? daysBetweenIso(facts.feverFreeSince, today) * 24 : undefined;
  return {
    today,
    positiveDate: positiveDateFrom(text, ctx, today) ?? remembered,
    feverFree: stillFever ? false : noFever ? true : facts.feverFreeSince ? true : undefined,
    feverFreeHours: hours ?? (stillFever ? undefined : sinceFact),
    onAntipyretics: NO_ANTIPYRETIC.test(text) ? false : ANTIPYRETIC.test(text) ? true : undefined,
    // A fever that has not gone is a symptom that has not clearly improved (Xiamen: "第7天仍有发热等症状").
    symptomsImproved: WORSE.test(text) || stillFever ? false : BETTER.test(text) ? true : undefined,
    antigenNegative: ANTIGEN_POS.test(text) ? false : ANTIGEN_NEG.test(text) ? true : undefined,
    pcrCt35Twice: PCR_CT35.test(text) && /两次|twice|2次|both/i.test(text) ? true : undefined,
  };
}
