/**
 * Ages in years: "80岁", "八十多岁" (80), "两岁半" (2.5), "1岁3个月", "3个月大的宝宝" (0.25),
 * "出生20天", "85-year-old", "aged 70", "8-month-old", "6 weeks old", "in her 80s".
 * Infants' ages are fractional years (2 decimals) so one threshold (e.g. under 3 months = 0.25) works.
 */
import { NUM, APPROX_NUM, EN_NUM, parseApproxNumber, parseEnglishNumber } from '../text/numerals';
import { globalize, normalizeText, round } from '../text/normalize';

const MAX_AGE = 120;
const BABY = '(?:宝宝|婴儿|孩子|娃|宝贝|女儿|儿子|小孩|闺女|孙子|孙女|外孙|外孙女|包包)';
const EN_PERSON =
  "mum|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|grandad|granddad|grandmum|gran|granny|nan|nana|husband|wife|son|daughter|he|she|i'm|i am|patient|brother|sister|uncle|aunt|baby|child|kid";
const NOT_PREGNANCY = '(?<!孕|怀孕|怀了|妊娠|怀孕了|孕期)';

interface AgeMatch {
  index: number;
  years: number;
}
type Reader = (m: RegExpMatchArray) => number | undefined;
const zh = (g: string | undefined): number | undefined => (g === undefined ? undefined : parseApproxNumber(g));
const en = (g: string | undefined): number | undefined => (g === undefined ? undefined : parseEnglishNumber(g));

function months(n: number | undefined): number | undefined {
  return n === undefined ? undefined : n / 12;
}

const PATTERNS: ReadonlyArray<[RegExp, Reader]> = [
  // 80岁, 八十多岁, 3周岁, 两岁半, 1岁3个月
  [
    new RegExp(`(${APPROX_NUM})\\s*(?:周)?岁(半)?(?:\\s*(?:零)?(${NUM})\\s*个?\\s*月)?`),
    (m) => {
      const y = zh(m[1]);
      if (y === undefined) return undefined;
      return y + (m[2] ? 0.5 : 0) + (months(zh(m[3])) ?? 0);
    },
  ],
  // 3个月大的宝宝, 8个月的孩子, 5个月宝宝
  [
    new RegExp(`${NOT_PREGNANCY}(${APPROX_NUM})\\s*个?\\s*(?:多)?\\s*月\\s*(?:大|的${BABY}|${BABY})`),
    (m) => months(zh(m[1])),
  ],
  // 宝宝3个月, 孩子才八个月, 宝宝快四个月了
  [
    new RegExp(
      `${BABY}\\s*(?:才|刚|刚刚|今年|现在|已经|只有|刚满|才满|满|快|快要|快满|将近|差不多|马上|马上就|都|就要)?\\s*(${APPROX_NUM})\\s*个\\s*(?:多)?\\s*月`,
    ),
    (m) => months(zh(m[1])),
  ],
  // 出生20天, 刚出生两周, 出生3个月
  [new RegExp(`出生\\s*(?:才|刚|刚刚)?\\s*(${NUM})\\s*(天|周|个月)`), (m) => inUnit(zh(m[1]), m[2])],
  // 宝宝45天, 孩子才二十天: a baby's age in days said bare (宝宝3天没拉 is a duration, so the clause must end).
  [
    new RegExp(`${BABY}\\s*(?:才|刚|刚刚|现在|只有)?\\s*(${NUM})\\s*天(?:大)?(?=\\s|$|[，,。.!！?？；;]|的时候)`),
    (m) => inUnit(zh(m[1]), '天'),
  ],
  // 刚满月, 满月了, 还没满月 (about one month); 刚过百天, 宝宝百天 (about 100 days)
  [/(?:刚|才|刚刚|还没|没|快|已经)?满月/, () => round(1 / 12, 2)],
  [new RegExp(`(?:过了?|满|${BABY}\\s*)百天`), () => round(100 / 365, 2)],
  // 20天大的宝宝, 两周的婴儿
  [new RegExp(`(${NUM})\\s*(天|周)\\s*(?:大|的${BABY})`), (m) => inUnit(zh(m[1]), m[2])],
  // 宝宝7周, BB得7个礼拜 (Cantonese: only 7 weeks old), 孩子才6个星期
  [
    new RegExp(
      `(?:${BABY}|bb|bb仔|bb女)\\s*(?:才|刚|刚刚|得|只有|现在)?\\s*(?:满)?\\s*(${NUM})\\s*(?:个)?\\s*(?:周|礼拜|星期)(?:大)?`,
    ),
    (m) => inUnit(zh(m[1]), '周'),
  ],
  // 宝宝一个半月, 孩子两个半月大: months and a half.
  [
    new RegExp(`(?:${BABY}|bb|bb仔|bb女)\\s*(?:才|刚|刚刚|得|只有|现在|已经)?\\s*(${NUM})\\s*个半月`),
    (m) => {
      const n = zh(m[1]);
      return n === undefined ? undefined : round((n + 0.5) / 12, 2);
    },
  ],
  // 宝宝两个月, BB得两个月 (Cantonese: only two months old), 孩子才三个月大
  [
    new RegExp(`(?:${BABY}|bb|bb仔|bb女)\\s*(?:才|刚|刚刚|得|只有|现在)\\s*(${NUM})\\s*(?:个)?\\s*月(?:大)?`),
    (m) => inUnit(zh(m[1]), '个月'),
  ],
  // A carer's or a form's way: "Mr Chen (91)", "张大爷（85）", "王奶奶(88岁)".
  [/\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+[a-z]+(?:\s+[a-z]+)?\s*\(\s*(\d{1,3})\s*\)/, (m) => en(m[1])],
  [
    /(?:爷爷|奶奶|大爷|大妈|大娘|阿姨|叔叔|伯伯|老人|老先生|老太太|患者|病人)\s*[（(]\s*(\d{1,3})\s*(?:岁)?\s*[)）]/,
    (m) => zh(m[1]),
  ],
  // 85-year-old, 85 years old, 2 and a half years old
  [
    new RegExp(`\\b(${EN_NUM})(\\s+and\\s+a\\s+half)?\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*old\\b`),
    (m) => add(en(m[1]), m[2] ? 0.5 : 0),
  ],
  [/\b(\d{1,3})\s*(?:yo|y\/o|y\.o\.?|yrs?)(?![a-z])/, (m) => en(m[1])],
  [new RegExp(`\\baged?\\s+(${EN_NUM})\\b(?!\\s*(?:days?|weeks?|months?))`), (m) => en(m[1])],
  // "my baby 2 month", "son is 6 weeks": a child's age with no "old" after it.
  [
    new RegExp(
      `\\b(?:baby|son|daughter|child|kid|girl|boy|newborn|infant|bub)\\s+(?:is\\s+)?(?:only\\s+|just\\s+)?(${EN_NUM})\\s*-?\\s*(months?|weeks?|days?)\\b`,
    ),
    (m) => inUnit(en(m[1]), m[2]),
  ],
  // "she's 8 months", "he is only 6 weeks": a baby's age said of him or her, not a pregnancy nor how long.
  [
    new RegExp(
      `\\b(?:he|she|hes|shes)\\s+(?:is\\s+)?(?:only\\s+|just\\s+)?(${EN_NUM})\\s*-?\\s*(months?|weeks?|days?)\\b(?!\\s*-?\\s*(?:ago|pregnant|along|of pregnancy|into|since|now|later))`,
    ),
    (m) => inUnit(en(m[1]), m[2]),
  ],
  // 8-month-old, 6 weeks old, 10 days old
  [new RegExp(`\\b(${EN_NUM})\\s*-?\\s*(months?|weeks?|days?)\\s*-?\\s*old\\b`), (m) => inUnit(en(m[1]), m[2])],
  // "mum is 87", "dad's 90" — only after a person word, and no unit after, so "oxygen is 92" is not an age.
  [
    new RegExp(
      `\\b(?:(?:${EN_PERSON})(?:'s|\\s+is|\\s+was|\\s+turned|\\s+turns|\\s+just turned)|hes|shes)\\s+(${EN_NUM})\\b(?!\\s*(?:%|percent|degrees?|°|f\\b|c\\b|kg|kilos?|lbs?|pounds?|days?|weeks?|months?|hours?|minutes?|times?|tablets?|pills?|mg|ml|\\.\\d|on (?:the|his|her|my) (?:oximeter|pulse|sats|monitor|finger)))`,
    ),
    (m) => en(m[1]),
  ],
  // "grandad 91 and tested positive", "my mother 84 years": an older relative's age, bare.
  [
    new RegExp(
      `\\b(?:mum|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|grandad|granddad|gran|granny|nan|nana|husband|wife)\\s+(${EN_NUM})\\s*(?:years?|yrs?)?\\b(?!\\s*(?:%|percent|degrees?|kg|lbs?|days?|weeks?|months?|hours?|minutes?|tablets?|pills?|mg|ml|\\.\\d|ago))`,
    ),
    (m) => {
      const v = en(m[1]);
      return v !== undefined && v >= 40 && v <= 115 ? v : undefined;
    },
  ],
  // "my father (82)", "dad, 84, has a cough", "我爸（85）": an age in brackets or between commas after
  // the person (bare numbers between commas only for an older relative).
  [new RegExp(`\\b(?:${EN_PERSON})\\s*\\(\\s*(\\d{1,3})\\s*(?:y|yo|yrs?|years?)?\\s*\\)`), (m) => en(m[1])],
  [
    new RegExp(
      `\\b(?:mum|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|grandad|granddad|gran|granny|nan|nana|husband|wife)\\s*,\\s*(\\d{2,3})\\s*,`,
    ),
    (m) => {
      const v = en(m[1]);
      return v !== undefined && v >= 40 && v <= 115 ? v : undefined;
    },
  ],
  [
    new RegExp(
      `(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|老爷子|老太太|老伴|公公|婆婆|${BABY})\\s*[（(]\\s*(${APPROX_NUM})\\s*(?:岁)?\\s*[）)]`,
    ),
    (m) => zh(m[1]),
  ],
  // "my father old 86 years": an age said in Chinese word order.
  [new RegExp(`\\bold\\s+(${EN_NUM})\\s*(?:years?|yrs?)\\b`), (m) => en(m[1])],
  // "…fewer wet nappies today, 18 months": a child's age added at the end, after a pause.
  [
    new RegExp(
      `[,;:-]\\s*(?:(?:he|she)(?:'s|\\s+is)?\\s+|hes\\s+|shes\\s+)?(${EN_NUM})\\s*(months?|weeks?)\\s*(?:old)?\\s*[.!]?\\s*$`,
    ),
    (m) => inUnit(en(m[1]), m[2]),
  ],
  // "i am 82", "i'm 45" — a grown-up's age, said with no unit after it.
  [
    new RegExp(
      `\\b(?:i am|i'm|im)\\s+(${EN_NUM})\\b(?!\\s*(?:%|percent|degrees?|°|f\\b|c\\b|kg|kilos?|lbs?|pounds?|days?|weeks?|months?|hours?|minutes?|times?|tablets?|pills?|mg|ml|\\.\\d|weeks pregnant))`,
    ),
    (m) => {
      const v = en(m[1]);
      return v !== undefined && v >= 16 ? v : undefined;
    },
  ],
  // 奶奶八十三 阳了第二天: an older relative's age said bare before a pause.
  [
    new RegExp(
      `(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|老爷子|老太太|老伴|公公|婆婆)(?:今年|都|已经)?\\s*(${APPROX_NUM})\\s*(?:岁)?(?=\\s|$|[,，。;；])`,
    ),
    (m) => {
      const v = zh(m[1]);
      return v !== undefined && v >= 40 && v <= 115 ? v : undefined;
    },
  ],
  // 我爸85了, 奶奶九十多了: an older relative's age said bare.
  [
    new RegExp(
      `(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|老爷子|老太太|老头|老伴)(?:今年|都|已经)?\\s*(${APPROX_NUM})\\s*(?:岁)?(?:了|啦)(?![\\d.]|\\s*(?:度|%|斤|公斤|kg|天|号|年|月|周|次|片|颗|下))`,
    ),
    (m) => {
      const v = zh(m[1]);
      return v !== undefined && v >= 40 && v <= 115 ? v : undefined;
    },
  ],
  // "她78了，平常吃降压药": a relative named earlier, said as 她/他 opening the clause. From 45, so that no body
  // temperature ("她40了") is read as an age.
  [
    new RegExp(
      `(?:^|[\\s,，。;；])[他她](?:今年|都|已经)?\\s*(${APPROX_NUM})\\s*(?:岁)?(?:了|啦)(?![\\d.]|\\s*(?:度|%|斤|公斤|kg|天|号|年|月|周|次|片|颗|下))`,
    ),
    (m) => {
      const v = zh(m[1]);
      return v !== undefined && v >= 45 && v <= 115 ? v : undefined;
    },
  ],
  // 奶奶今年88了, 老人九十多了
  [
    new RegExp(`今年\\s*(${APPROX_NUM})\\s*(?:岁)?了?(?![\\d.]|\\s*(?:度|%|斤|公斤|kg|天|号|年|月|周|次|片))`),
    (m) => zh(m[1]),
  ],
  // in her 80s / eighties
  [/\bin\s+(?:his|her|their|my|our)\s+(?:late\s+|early\s+|mid\s+)?(\d)0s\b/, (m) => Number(m[1]) * 10],
  [
    /\bin\s+(?:his|her|their|my|our)\s+(?:late\s+|early\s+|mid\s+)?(seventies|eighties|nineties)\b/,
    (m) => DECADES[m[1]],
  ],
];

const DECADES: Readonly<Record<string, number>> = { seventies: 70, eighties: 80, nineties: 90 };

function add(v: number | undefined, k: number): number | undefined {
  return v === undefined ? undefined : v + k;
}

function inUnit(n: number | undefined, unit: string): number | undefined {
  if (n === undefined) return undefined;
  if (/^(?:天|days?)$/.test(unit)) return n / 365;
  if (/^(?:周|weeks?)$/.test(unit)) return n / 52;
  return n / 12;
}

/** Ages mentioned, in order of appearance, in years (2 decimals), without duplicates. */
export function extractAges(text: string): number[] {
  const t = normalizeText(text);
  const found: AgeMatch[] = [];
  const taken: Array<[number, number]> = [];
  for (const [re, read] of PATTERNS) {
    for (const m of t.matchAll(globalize(re))) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (taken.some(([s, e]) => index < e && end > s)) continue;
      const years = read(m);
      if (years === undefined || years < 0 || years > MAX_AGE) continue;
      taken.push([index, end]);
      found.push({ index, years: round(years, 2) });
    }
  }
  return [...new Set(found.sort((a, b) => a.index - b.index).map((f) => f.years))];
}
