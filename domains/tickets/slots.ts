/**
 * Reading a request's slots from one message: who it is for, phone, address, what is needed,
 * destination and time, the doctor's note, age and key-population facts. Each reader returns only
 * what the message says; the form decides what is still missing.
 */
import { catalog, medicineName } from '../../knowledge/medicines/catalog';
import type { Entities, Lang } from '../../core/types';
import type { KeyFact } from '../../knowledge/services/catalog';
import type { CommunityDirectory } from './communities';
import {
  ADDRESS_MARKERS_EN,
  ADDRESS_MARKERS_ZH,
  DELIVERABLES,
  FEVER,
  findRelative,
  KEY_FACT_WORDS,
  mentions,
  mentionsSelf,
  NO_ANTIPYRETIC,
  NONE_STATED,
  PREGNANT_WORDS,
} from './request-words';

export interface SlotValues {
  for_whom?: 'self' | 'relative';
  relation?: string;
  /** The relative named is a man: no pregnancy question. */
  male?: boolean;
  need?: string;
  destination?: string;
  when?: string;
  doctor_note?: string;
  age?: number;
  /** Facts known so far (told along the way or answered). */
  key_facts?: KeyFact[];
  /** The key-facts question has been answered ("没有" counts). */
  key_facts_answered?: boolean;
  address?: string;
  phone?: string;
}

export interface Reading extends SlotValues {
  fever: boolean;
  withoutAntipyretic: boolean;
  /** Facts found in this message, even when the key_facts slot stays open. */
  facts: KeyFact[];
}

const CLAUSE = /[，,。；;！!？?\n]+/;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})(?!\d)/;
const LANDLINE = /(?<!\d)(0\d{2,3})[-\s]?(\d{7,8})(?!\d)/;
const INTERNATIONAL = /(?<![\d+])\+(\d[\d\s-]{7,16}\d)(?!\d)/;
const ADDRESS_LEAD =
  /^(?:(?:请|麻烦|帮忙|帮我)?(?:送到|送去|送至|寄到|接我从)|我家在|我家|家住|住在|住|地址是|地址为|地址|在|(?:please )?(?:deliver|bring it|send it) to|address is|address:|address|i live at|at)\s*[:：]?\s*/i;
const DESTINATION =
  /(?:去|到|送到|前往|送去)\s*([^，,。；;！!？?\s]{2,20}?(?:医院|门诊|卫生院|卫生服务中心|服务中心|诊所|透析室|透析中心|妇幼保健院))/;
const DESTINATION_EN =
  /\b(?:to|at) (?:the )?((?:[\w'’-]+\s){0,4}(?:hospital|clinic|centre|center|surgery|dialysis unit)\b[\w\s'’-]*?)(?=[,.;!?]|$| (?:tomorrow|today|tonight|on|at|by|for|in the|this|next)\b)/i;
/** What the trip is for, said with or without the place: "for a check-up", "for his dialysis". */
const PURPOSE_EN =
  /\bfor (?:a |an |the |my |his |her |their |our )?((?:routine |regular |antenatal |prenatal |hospital )?(?:check-?up|follow-?up(?: appointment)?|appointment|scan|dialysis|chemo(?:therapy)?|stitches removal|x-ray|blood test|injection))\b/i;
/** A time needs a day, a part of the day or an hour ("明天上午", "周三9点"); bare digits are not one. */
const DAY_ZH =
  '今天|明天|大后天|后天|今晚|明早|下周[一二三四五六日天]?|周[一二三四五六日天]|星期[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]';
const PART_ZH = '早上|上午|中午|下午|晚上|傍晚';
const HOUR_ZH = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:点半?|点\\d{1,2}分?|:\\d{2})';
const TIME_ZH = new RegExp(`(?:(?:${DAY_ZH})\\s*(?:${PART_ZH})?|(?:${PART_ZH}))\\s*(?:${HOUR_ZH})?|${HOUR_ZH}`, 'g');
const TIME_EN =
  /\b((?:the )?day after tomorrow|today|tomorrow|tonight|this (?:morning|afternoon|evening)|(?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(?::\d{2})?\s*(?:am|pm)|at \d{1,2}(?::\d{2})?|(?:tomorrow )?(?:morning|afternoon|evening))\b/gi;

export function readPhone(text: string): string | undefined {
  const mobile = MOBILE.exec(text);
  if (mobile) return mobile.slice(1, 4).join('');
  const landline = LANDLINE.exec(text);
  if (landline) return landline[1]! + landline[2]!;
  const international = INTERNATIONAL.exec(text);
  return international ? '+' + international[1]!.replace(/[\s-]/g, '') : undefined;
}

/** A phone number as people read it: "138 0013 8000". */
export function spacedPhone(phone: string): string {
  const digits = phone.replace(/^\+86/, '');
  return /^1\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}` : phone;
}

function withoutPhones(text: string): string {
  return text.replace(MOBILE, ' ').replace(LANDLINE, ' ').replace(INTERNATIONAL, ' ');
}

function looksLikeAddress(clause: string, communities: CommunityDirectory): boolean {
  if (!communities.route(clause).needsRouting) return true;
  if (ADDRESS_MARKERS_EN.test(clause) && /\d/.test(clause)) return true;
  const markers = ADDRESS_MARKERS_ZH.filter((m) => clause.includes(m)).length;
  return markers >= 2 || (markers === 1 && /\d|[一二三四五六七八九十]/.test(clause));
}

/** The clauses of the message that read as an address ("西一社区3幢2单元301"). */
export function readAddress(text: string, communities: CommunityDirectory): string | undefined {
  const clauses = withoutPhones(text)
    .split(CLAUSE)
    .map((c) => c.trim())
    .filter(Boolean);
  const hits = clauses.filter((c) => looksLikeAddress(c, communities) && !DESTINATION.test(c));
  if (hits.length === 0) return undefined;
  return hits
    .map((c) =>
      c
        .replace(ADDRESS_LEAD, '')
        .replace(/^(电话|phone).*/i, '')
        .trim(),
    )
    .filter(Boolean)
    .join(' ');
}

export function readNeed(text: string, entities: Entities, lang: Lang): string | undefined {
  const items = [
    ...(entities.medicines ?? []).map((id) => medicineName(id, lang)),
    ...DELIVERABLES.filter((d) => d.pattern.test(text)).map((d) => d.name[lang]),
  ];
  const unique = [...new Set(items)];
  return unique.length ? unique.join(lang === 'zh' ? '、' : ', ') : undefined;
}

/** Whether a medicine the person asks for lowers fever (its ingredients, or a category that may contain one). */
export function asksForAntipyretic(entities: Entities): boolean {
  return (entities.medicines ?? []).some((id) => {
    const product = catalog.products.get(id);
    const ingredients = product
      ? [...product.ingredients.map((i) => (typeof i === 'string' ? i : i.id)), ...(product.mayContain ?? [])]
      : [id];
    return ingredients.some((i) => catalog.ingredients.get(i)?.classes.includes('antipyretic'));
  });
}

export function readDestination(text: string): string | undefined {
  const zh = DESTINATION.exec(text)?.[1];
  if (zh) return zh;
  const place = DESTINATION_EN.exec(text)?.[1]?.trim();
  const purpose = PURPOSE_EN.exec(text)?.[1]?.trim();
  // "to the hospital for a check-up": the place, with what the visit is for.
  if (place && purpose && !place.includes(purpose)) return `${place} (${purpose})`;
  return place;
}

export function readWhen(text: string): string | undefined {
  const found = [...text.matchAll(TIME_ZH)].map((m) => m[0].trim()).filter((m) => m.length >= 2);
  if (found.length) return found.join(' ');
  const en = [...text.matchAll(TIME_EN)].map((m) => m[0].trim());
  return en.length ? en.join(' ') : undefined;
}

/** The day alone, as said in a correction ("不对，是后天", "no, make it Friday"). */
const DAY_ONLY_ZH = new RegExp(`^(?:${DAY_ZH})$`);
const DAY_EN =
  /^(?:(?:the )?day after tomorrow|today|tomorrow|(?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
const LEADING_DAY_ZH = new RegExp(`^(?:${DAY_ZH})`);

/**
 * A time said again replaces the earlier one, but a day alone corrects only the day: "明天下午两点"
 * then "不对，是后天" is "后天下午两点", "tomorrow at 2pm" then "the day after tomorrow" keeps the 2pm.
 */
export function correctedWhen(earlier: string | undefined, said: string): string {
  if (!earlier) return said;
  if (DAY_ONLY_ZH.test(said) && LEADING_DAY_ZH.test(earlier)) {
    const rest = earlier.replace(LEADING_DAY_ZH, '').trim();
    return rest ? `${said}${rest}` : said;
  }
  const dayEn = DAY_EN.exec(said);
  if (dayEn && dayEn[0].length === said.length && DAY_EN.test(earlier)) {
    const rest = earlier.replace(DAY_EN, '').trim();
    return rest ? `${said} ${rest}` : said;
  }
  return said;
}

export function readKeyFacts(text: string, entities: Entities): KeyFact[] {
  const facts: KeyFact[] = [];
  if (entities.pregnant === true || mentions(text, PREGNANT_WORDS)) facts.push('pregnant');
  const treatments = (entities.conditions ?? []).join(' ');
  for (const [fact, words] of Object.entries(KEY_FACT_WORDS) as [KeyFact, (typeof KEY_FACT_WORDS)['dialysis']][]) {
    if (mentions(text, words) || mentions(treatments, words)) facts.push(fact);
  }
  return facts;
}

export function readAge(entities: Entities): number | undefined {
  const ages = entities.ages?.filter((a) => a >= 0 && a <= 120);
  return ages?.length ? Math.max(...ages) : undefined;
}

/** Everything one message says about a request. */
export function readMessage(text: string, entities: Entities, lang: Lang, communities: CommunityDirectory): Reading {
  const relative = findRelative(text);
  const facts = readKeyFacts(text, entities);
  const reading: Reading = {
    fever: FEVER.test(text) || (entities.temperatureC ?? 0) >= 37.3,
    withoutAntipyretic: asksForAntipyretic(entities) || entities.onAntipyretics === false || NO_ANTIPYRETIC.test(text),
    facts,
  };
  if (NONE_STATED.test(text) && facts.length === 0) reading.key_facts_answered = true;
  if (relative) Object.assign(reading, { for_whom: 'relative', relation: relative.relation, male: relative.male });
  else if (mentionsSelf(text)) reading.for_whom = 'self';
  const phone = readPhone(text);
  if (phone) reading.phone = phone;
  const address = readAddress(text, communities);
  if (address) reading.address = address;
  const need = readNeed(text, entities, lang);
  if (need) reading.need = need;
  const destination = readDestination(text);
  if (destination) reading.destination = destination;
  const when = readWhen(text);
  if (when) reading.when = when;
  const age = readAge(entities);
  if (age !== undefined) reading.age = age;
  return reading;
}
