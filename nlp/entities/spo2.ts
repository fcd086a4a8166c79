/**
 * Oxygen saturation: "血氧92", "血氧饱和度只有90%", "血氧八十六", "SpO2 90%", "oxygen 88", "O2 sat 91",
 * "sats 93", "oximeter says 89". Only 50–100 counts; below that is a misreading or not SpO2.
 */
import { APPROX_NUM, EN_NUM, parseAnyNumber, parseApproxNumber } from '../text/numerals';
import { globalize, normalizeText } from '../text/normalize';

export const SPO2_RANGE = { min: 50, max: 100 } as const;

const KEYWORD =
  '(?:血氧饱和度|血氧饱和|指氧仪|血氧仪|指夹|氧饱和度|血氧值|血氧|氧饱|饱和度|指脉氧|spo2|sp02|spo₂|o2\\s*sat(?:uration)?s?|oxygen\\s*(?:saturation|sat|sats|sacks|sax|levels?|reading)|o2\\s*(?:sacks|sax)|oxygen|(?<![a-z])o2(?![a-z])|sats|saturation|oximeter(?:\\s*reading)?|pulse\\s*ox(?:imeter)?)';
const FILLER =
  '(?:\\s|:|=|这两天|这几天|最近|这阵子|先是|一开始|开始是|起初|早上|晚上|中午|夜里|今天|刚才|刚刚|刚|现在|仪|仪器|夹|是|为|有|只有|才|仅|仅有|就|在|到|降到|掉到|低到|测|测出来|测了|显示|都|还|又|大概|一直|只|了|of|is|was|at|only|just|about|around|now|down to|dropped to|fell to|reads?|reading|keeps?|keeps reading|are|were|says|saying|shows?|showing|level|levels|between|flicking|flickering|jumping|bouncing|going|fluctuating|hovering around|hovering|波动在?|跳来跳去|sitting at|its|it is|from|从|has|have|had|been|went|gone|dropped|fell|come down|came down|gone down|went down)';
/** "不到90" / "below 90": strictly under the number said. */
const BELOW = '(不到|低于|小于|below|under|less than)?';
/** A reading as said: digits, Chinese numerals or English words ("eighty five to eighty eight"). */
const SAID_NUM = `${APPROX_NUM}|${EN_NUM}`;
const FORWARD = new RegExp(`${KEYWORD}${FILLER}{0,8}${BELOW}\\s*(${SAID_NUM})\\s*(?:%|percent|个点)?(?![\\d.])`, 'g');
const REVERSE = new RegExp(
  `(?<![\\d.])(${APPROX_NUM})\\s*(?:%|percent)\\s*(?:的)?\\s*(?:血氧|spo2|oxygen|o2|sats?)`,
  'g',
);

const CONTINUATION = new RegExp(
  `^\\s*[,;]?\\s*(?:(?:yesterday|earlier|this morning|last night|before|昨天|早上|之前|以前|上午)\\s*[,;]?\\s*)?(?:现在|后来|然后|再测|又|刚才|(?:掉|降|跌|落|低)到了?|now|then|later|and now|and|or|(?:went |gone |come |came |dropped |fell )?down to|dropped to|fell to|to|-|~|到|和|或)\\s*(?:是|降到|掉到|只有|才|is|at|down to|dropped to)?\\s*(${SAID_NUM})\\s*(?:%|percent)?(?![\\d.])`,
);

/** "he's 91 on the oximeter", "88% on her pulse ox": the reading said before the device. */
const BEFORE_DEVICE = new RegExp(
  `(?<![\\d.])(\\d{2,3})\\s*(?:%|percent)?\\s*on\\s+(?:the|his|her|my|their|mums?|dads?)?\\s*(?:oximeter|pulse\\s*ox(?:imeter)?|sats\\s*(?:monitor|machine|probe)|finger\\s*(?:monitor|thing|clip|probe))`,
  'g',
);

function inRange(v: number | undefined): number | undefined {
  return v !== undefined && v >= SPO2_RANGE.min && v <= SPO2_RANGE.max ? v : undefined;
}

interface Reading {
  value: number;
  index: number;
}

/** Every SpO2 reading in an already normalised text, with where it was said. */
function readingsIn(text: string): Reading[] {
  const out: Reading[] = [];
  for (const m of text.matchAll(globalize(FORWARD))) {
    const v = parseAnyNumber(m[2]);
    const value = inRange(v === undefined ? undefined : m[1] ? v - 1 : v);
    if (value !== undefined) out.push({ value, index: m.index ?? 0 });
    // A later reading in the same breath: "血氧早上95 现在91", "sats 95 then 89".
    const end = (m.index ?? 0) + m[0].length;
    const next = CONTINUATION.exec(text.slice(end, end + 28));
    const later = next ? inRange(parseAnyNumber(next[1])) : undefined;
    if (later !== undefined) out.push({ value: later, index: end });
  }
  // The reading said before its word ("92%的血氧") or before the device ("91 on the oximeter").
  for (const re of [BEFORE_DEVICE, REVERSE]) {
    for (const m of text.matchAll(globalize(re))) {
      const value = inRange(parseApproxNumber(m[1]));
      if (value !== undefined) out.push({ value, index: m.index ?? 0 });
    }
  }
  return out;
}

/** Every SpO2 reading in an already normalised text. */
export function findSpo2(text: string): number[] {
  return readingsIn(text).map((r) => r.value);
}

/**
 * Measured again after putting the first reading right (cold hands, another finger, another device):
 * the new reading replaces the earlier ones ("刚才85 手太凉了 暖了换个手指重测是97", "89 on a cheap
 * oximeter but a proper one says 97").
 */
const RETEST =
  /重测|重新测|再测了?一[次下遍]|又测了?一[次下遍]|换(?:了)?(?:个|一个|只)手指|换个指头|暖(?:了|和了|一下)[^,;。]{0,6}测|\b(?:re-?test(?:ed)?|re-?checked|measured (?:it )?again|checked (?:it )?again|tried (?:another|a different) finger|(?:on|with) another finger|after warming|(?:a|another|a different|a proper|a better|a new|the new|my new|a real|the hospital'?s?) (?:one|oximeter|machine|device|monitor)(?: (?:says|said|shows|showed|reads|read|gave))?)\b|换了?(?:个|一个|台)(?:血氧仪|仪器|夹子|新的)|用(?:另一个|别的|新买的|医院的)(?:血氧仪|仪器)?测/g;

/** "现在在家测都是九十七": a reading taken now, said without the word for it. */
const NOW_MEASURED =
  /(?:现在|目前|今天)[^,;。\d]{0,8}?测[^,;。\d]{0,4}?(\d{2,3}|[五六七八九]十[一二三四五六七八九]?|一百)/g;
/** "…he's home now at 97": a reading taken now, in English, with no other vital sign named between. */
const NOW_MEASURED_EN =
  /\b(?:now|today|currently)\b(?:(?!heart|pulse|temp|fever|bp\b|blood pressure|breath|rate|sugar|glucose)[^,;.\d]){0,14}?\b(?:at|is|reads|reading|showing|shows|says|around|about)\s*(\d{2,3})\s*%?(?![\d.]|\s*(?:degrees|bpm|years|kg|°|a minute|per minute|breaths|mg|ml))/g;
const OTHER_VITAL =
  /heart|pulse|temp|fever|\bbp\b|blood pressure|breath|\brate\b|sugar|glucose|心率|心跳|脉搏|体温|血压|呼吸|血糖/;

/** Another vital sign named in the same clause before `at` ("heart rate now at 90"). */
function otherVitalBefore(text: string, at: number): boolean {
  const from = Math.max(
    text.lastIndexOf(',', at),
    text.lastIndexOf(';', at),
    text.lastIndexOf('.', at),
    text.lastIndexOf('。', at),
  );
  return OTHER_VITAL.test(text.slice(from + 1, at));
}
const NOW_CUE = /现在|目前|今天|刚刚|\b(?:now|today|currently|this morning)\b/g;

const RETEST_READING = new RegExp(
  `^[^\\d,;。]{0,14}?(${APPROX_NUM})\\s*(?:%|percent)?(?![\\d.]|\\s*(?:度|次|下|岁|天|°|degrees|bpm))`,
);

/** Lowest SpO2 mentioned, percent; after a retest, the lowest of the new readings. */
export function extractSpo2(text: string): number | undefined {
  const t = normalizeText(text);
  const all = readingsIn(t);
  if (!all.length) return undefined;
  for (const m of [...t.matchAll(NOW_MEASURED), ...t.matchAll(NOW_MEASURED_EN)]) {
    if (otherVitalBefore(t, m.index ?? 0)) continue;
    const value = inRange(parseApproxNumber(m[1]));
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    if (value !== undefined && !all.some((r) => r.index >= (m.index ?? 0))) all.push({ value, index: at });
  }
  const cues = [...t.matchAll(RETEST)];
  const lastCue = cues.length ? (cues[cues.length - 1].index ?? 0) : -1;
  if (lastCue >= 0) {
    // The new reading often comes without the word for it: "重测是97", "rechecked: 96".
    const end = lastCue + cues[cues.length - 1][0].length;
    const bare = RETEST_READING.exec(t.slice(end, end + 24));
    const value = bare ? inRange(parseApproxNumber(bare[1])) : undefined;
    if (value !== undefined) all.push({ value, index: end });
  }
  // Readings said after a retest or after "now" replace the earlier ones ("上周掉到八十几 现在在家测九十七").
  const pivots = [...cues.map((c) => c.index ?? 0), ...[...t.matchAll(NOW_CUE)].map((m) => m.index ?? 0)].sort(
    (a, b) => b - a,
  );
  let use = all;
  for (const at of pivots) {
    const after = all.filter((r) => r.index > at);
    if (after.length && all.some((r) => r.index < at)) {
      use = after;
      break;
    }
  }
  return Math.min(...use.map((r) => r.value));
}

const KEYWORD_ALONE = new RegExp(KEYWORD);
/** "正在测血氧", "his oximeter said…": the person is reading SpO2, so the next bare number may be one. */
export function mentionsSpo2(text: string): boolean {
  return KEYWORD_ALONE.test(text);
}

/** "89 now": a reading said with "now" after it, while SpO2 is being measured. */
const BARE_NOW = new RegExp(`(?<![\\d.])(${APPROX_NUM})\\s*(?:%|percent)?\\s*(?:now|现在)\\b`, 'g');

const BARE_READING = new RegExp(
  `(?:显示|是|测出|测了|测的|测出来的|量了|量的|变成|掉到|降到|只有|才|现在|又|还是|now|saying|says|reads?|reading|showing|shows|dropped to|down to|it is)(?:了)?(?:\\s*(?:一次|一下|两次|下))?\\s*(${APPROX_NUM})(?!\\s*(?:度|岁|斤|公斤|kg|次|下|天|号|点|°|degrees|years|bpm|\\.\\d|/))`,
  'g',
);

/** The whole message is the reading ("九十二", "92%", "89 now"): the answer to "what does it show?". */
const BARE_ALONE = new RegExp(
  `^\\s*(?:是|就|才|只有|显示|it is|its)?\\s*(${APPROX_NUM}|${EN_NUM})\\s*(?:%|percent)?\\s*(?:了|吧|啊|呢)?\\s*[.。!！]*\\s*$`,
  'g',
);

/** A short message whose last part is the reading ("坐着量的，92", "sitting down, 91%"). */
const BARE_LAST = new RegExp(
  `^[^\\d,，。.]{1,16}[,，]\\s*(${APPROX_NUM}|${EN_NUM})\\s*(?:%|percent)?\\s*(?:了|吧|啊|呢)?\\s*[.。!！]*\\s*$`,
  'g',
);

/** A reading going up and down between two numbers ("在92和93之间跳", "94、95晃", "between 91 and 93"). */
const BARE_RANGE = new RegExp(
  `(?:在|between|from)\\s*(${APPROX_NUM})\\s*(?:%|percent)?\\s*(?:和|到|跟|与|、|-|~|and|to)\\s*(${APPROX_NUM})(?!\\s*(?:度|岁|斤|公斤|kg|次|下|天|号|°|degrees|years|bpm))`,
  'g',
);

/** Readings said without the word for them, while SpO2 is being measured ("现在显示87"). */
export function findBareSpo2(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BARE_RANGE)) {
    for (const raw of [m[1], m[2]]) {
      const v = inRange(parseAnyNumber(raw));
      if (v !== undefined && v >= 70) out.push(v);
    }
  }
  for (const re of [BARE_READING, BARE_NOW, BARE_ALONE, BARE_LAST]) {
    for (const m of text.matchAll(re)) {
      const v = inRange(parseAnyNumber(m[1]));
      if (v !== undefined && v >= 70) out.push(v);
    }
  }
  return out;
}
