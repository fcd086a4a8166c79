import type { Entities, FollowUp } from '../../core/types';
import { medicineKind } from '../../knowledge/medicines/catalog';
import { findMedicines } from '../../nlp/entities/medicines';
import { normalizeText } from '../../nlp/text/phrase-matcher';
import { findConditions } from './conditions';

/** Conditions that say who a person is (a child, pregnant): the same question for them, not a new kind. */
const WHO_THEY_ARE = new Set(['child', 'elderly', 'pregnancy']);

/**
 * Follow-ups that only make sense after the last medicine answer: "那孩子呢", "她呢", "what about for
 * kids?", "and my mum?" ask the same question for another person; "还能吃多久", "隔多久吃一次", "and how
 * often?" ask the same medicines about another aspect. A follow-up names no medicine (naming one is a
 * new question) and is short: a long message is a question of its own, routed as usual.
 */
const MAX_LENGTH = 40;
/** English says the same in more characters: "she's 30 weeks, temp 38.6 since this morning". */
const MAX_LENGTH_EN = 64;

/** The same question, another person: "那X呢", "X呢", "what about X", "how about X", "and X?", "and for X". */
/** Either alone or after a clause saying who ("我婆婆82岁，那她呢", "my gran is 85, what about her?"). */
const ELLIPSIS_ZH =
  /^(?:[^，,。？?]{1,12}[，,]\s*)?(?:那|那么|那要是|要是|如果是|换成)?[^，,。？?]{1,14}呢\s*[？?。.!！]*$/;
const ELLIPSIS_EN =
  /^(?:[^,.;?!]{1,30}[,.;]\s*)?(?:(?:and )?(?:what|how) about|and (?:for )?|same for|what if it'?s (?:for )?)/i;

const TAKE_EN = '(?:i|he|she|they|we|you|my \\w+) (?:keep )?(?:take|taking|give|giving|use|using|have|having)';
/** Another aspect of the same medicines; in English only about taking it ("how long do I isolate?" is not). */
const DURATION = new RegExp(
  `(?:吃|用|服)(?:多久|多长时间|几天|多少天|到什么时候)|(?:能|可以)(?:连续|一直)?(?:吃|用)(?:多久|几天)|连续吃|` +
    `\\bhow long (?:can|should|may|do|must) ${TAKE_EN}|\\bhow many days (?:can|should|in a row)\\b|^\\s*(?:and )?(?:for )?how long\\b[^a-z]*$`,
  'i',
);
const INTERVAL = new RegExp(
  `多久(?:吃|用|服)?一次|(?:多久|多长时间|几个?小时)(?:以后|之后)?(?:能|可以)?再(?:吃|用|服|喂)|隔多久|间隔多[久长]|多长时间(?:吃|用)?一次|几个?小时(?:吃|用)?一次|一天(?:最多)?(?:能|可以)?(?:吃|用)?几次|` +
    `^\\s*(?:and )?how often\\b[^a-z]*$|\\bhow often (?:can|should|may|do) ${TAKE_EN}|\\bhow many times a day\\b|\\bhow far apart\\b|\\bhow many hours (?:apart|between)\\b`,
  'i',
);

/** A follow-up's shape: another aspect of the same medicines, or whether they suit the person now described. */
export type FollowUpShape = Pick<FollowUp, 'aspect'> & { suitability?: boolean };

/** Any question of its own (a statement about the person asks none). */
const ASKS =
  /[?？吗么呢]|怎么|多少|几[次片粒天]|能不能|可不可以|可以|要不要|需不需要|\b(?:what|how|can|could|should|is it|which|when|why|do|does|may)\b/i;

export function followUpOf(text: string, entities: Entities, namesPerson: boolean): FollowUpShape | undefined {
  const t = normalizeText(text).trim();
  if (t.length > (/\p{Script=Han}/u.test(t) ? MAX_LENGTH : MAX_LENGTH_EN)) return undefined;
  // "我公公88了，有冠心病，一直吃着波立维": a regular medicine told with the person's age (no question) is part of
  // who the person is; any other medicine named, a regular one asked about, or regular medicines listed alone
  // ("阿托伐他汀 氯吡格雷 还有缬沙坦", the other half of a pair asked about) is a question of its own.
  const named = [...new Set([...(entities.medicines ?? []), ...findMedicines(t)])];
  const regularOnly = named.length > 0 && named.every((m) => medicineKind(m) === 'chronic');
  // "公公88了" is an age the extractor does not read as one (no 岁).
  const aged = (entities.ages?.length ?? 0) > 0 || /\d{1,3}\s*(?:了|岁|周岁)/.test(t);
  if (named.length > 0 && !(regularOnly && aged && namesPerson && !ASKS.test(t))) return undefined;
  if (regularOnly) return { suitability: true };
  if (DURATION.test(t)) return { aspect: 'duration' };
  if (INTERVAL.test(t)) return { aspect: 'interval' };
  if (!namesPerson) return undefined;
  // "he has asthma, is that a problem?", "她有胃溃疡，没事吧": an illness told after the answer asks whether the
  // same medicines suit the person: a condition question, whatever the last answer was.
  const ill = findConditions(t, entities).some((c) => !WHO_THEY_ARE.has(c));
  if (ill) return { suitability: true };
  // "那她呢", "what about my mum?"; or more about the person, told rather than asked: "嗯嗯 现在12周 没发烧
  // 就是喉咙痛", "she's 8, forgot to say" — the last medicine question again, for the person now described.
  return ELLIPSIS_ZH.test(t) || ELLIPSIS_EN.test(t) || !ASKS.test(t) ? {} : undefined;
}
