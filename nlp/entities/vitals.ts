/**
 * Vital signs besides temperature and SpO2, as people read them off a device or count them:
 * respiratory rate ("一分钟呼吸了31下", "resp rate 33", "35 breaths a minute"), heart rate ("心率180",
 * "pulse 40", "HR 150 bpm"), blood pressure ("血压80/50", "高压一百九", "BP 190 over 110"), blood
 * glucose in mmol/L ("血糖2.1", "血糖二十八点几", "sugar 40 mg/dl" → 2.2), and a count of tablets
 * swallowed ("吃了二十多颗降压的", "swallowed 30 of my ibuprofen", "8 missing from the packet").
 * Values outside what a body can show are ignored as misreadings.
 */
import { APPROX_NUM, EN_NUM, parseApproxNumber, parseEnglishNumber } from '../text/numerals';
import { globalize } from '../text/normalize';

export interface Vitals {
  /** Peak flow as a percentage of the person's usual best, when both are said. */
  peakFlowPercent?: number;
  /** Serum potassium, mmol/L (a dialysis patient's blood test). */
  potassium?: number;
  /** Grams of paracetamol (acetaminophen) taken, when said. */
  paracetamolGrams?: number;
  respiratoryRate?: number;
  heartRate?: number;
  systolic?: number;
  diastolic?: number;
  /** mmol/L */
  glucose?: number;
  pillCount?: number;
  /** Millilitres of blood coughed up, vomited or lost, when an amount is said of the blood. */
  bloodMl?: number;
  /** How long something went on, in minutes, when said in minutes ("抽了十来分钟", "went on for 8 minutes"). */
  minutes?: number;
}

/** A Chinese or Arabic number, "点几" read as the whole number ("二十八点几" → 28). */
/**
 * A reading: digits, or Chinese numerals of two characters or more (八十五, 一百四, 二点一) — a lone
 * 一/两 is a word ("一直", "这两天"), not a vital sign — "点几" read as the whole number.
 */
const CN_READING =
  '[零〇一二两三四五六七八九十百千]{2,}(?:点[零〇一二三四五六七八九]+)?|[一二两三四五六七八九]点(?:[零〇一二三四五六七八九]+|几|多)';
const READING = `(\\d+(?:[.点]\\d+)?|${CN_READING})(?:多|几|来|余)?(?:点几|点多)?`;
const N = `${READING}(?!\\s*(?:天|周|星期|礼拜|个月|月|年|次|小时|钟头|分钟|岁|号|楼|层))`;
/** A count per minute ("31次", "三十二回"): the same reading, followed by its unit. */
const N_COUNT = `${READING}(?!\\s*(?:天|周|星期|礼拜|个月|月|年|小时|钟头|岁|号|楼|层))`;
/** Words between the vital's name and its reading; a number in them ("这两天") is not the reading (see N). */
const GAP = '[^\\d,;。!?]{0,10}?';
/** A count or an amount: any number word, also one character (八克, 十几个). */
const COUNT = `(${APPROX_NUM})(?:点几|点多)?`;
const EN_N = `(\\d+(?:\\.\\d+)?|${EN_NUM})`;

function num(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  raw = raw.replace(/点[几多]$/, '');
  return parseApproxNumber(raw) ?? parseEnglishNumber(raw);
}

function all(text: string, re: RegExp, group = 1): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(globalize(re))) {
    const v = num(m[group]);
    if (v !== undefined) out.push(v);
  }
  return out;
}

const within = (lo: number, hi: number) => (v: number) => v >= lo && v <= hi;

// ---------------------------------------------------------------- respiratory rate
const RR = [
  new RegExp(
    `(?:一分钟|每分钟|1分钟|一分钟内)[^\\d,;。!?]{0,4}?(?:呼吸|喘气|喘|吸气|吸|换气|出气)(?:了|有|得)?\\s*(?:大概|大约|差不多|将近|快)?\\s*${N_COUNT}\\s*(?:次|下|口|回)`,
  ),
  new RegExp(`(?:呼吸频率|呼吸次数|呼吸)${GAP}${N_COUNT}\\s*(?:次|下|回)\\s*(?:/|每|一)?\\s*(?:分钟?|min)?`),
  new RegExp(`${N_COUNT}\\s*(?:次|下|回)\\s*/?\\s*(?:分钟?|min)${GAP}(?:呼吸)`),
  new RegExp(
    `\\b(?:resp(?:iratory)?\\.?\\s*rate|rr|breathing rate|respirations?|resps)\\s*(?:is|of|at|was|=|:|about|around)?\\s*${EN_N}`,
  ),
  new RegExp(`${EN_N}\\s*(?:breaths|breathes|breath)\\s*(?:a|per|each|every|/)\\s*min(?:ute)?`),
  new RegExp(
    `\\bbreath(?:ing|es|s)?\\b[^.\\d]{0,14}?(\\d{1,3})\\s*(?:times|x|breaths)?\\s*(?:a|per|/|in\\s*(?:a|one))\\s*min(?:ute)?`,
  ),
  new RegExp(`\\bbreathing\\s*(?:at\\s*)?${EN_N}\\s*(?:times|breaths)\\s*(?:a|per|each|/)\\s*min(?:ute)?`),
  // "I just counted his breaths, 34 in a minute": the count after breaths were counted.
  new RegExp(
    `\\b(?:counted|count|counting)\\b[^.\\d]{0,20}\\bbreath(?:s|ing)?\\b[^.\\d]{0,12}?(\\d{1,3})\\s*(?:times\\s*)?(?:in|a|per|each|/)\\s*(?:a\\s*|one\\s*)?min(?:ute)?`,
  ),
  new RegExp(`(?:数了|数了一下|数一下)[^,;。\\d]{0,8}(?:呼吸|喘气)[^,;。\\d]{0,6}?${N_COUNT}\\s*(?:次|下|回)?`),
];

/** "I'm counting his breaths", "数一下他一分钟喘几下": breaths are being counted; the count may come next. */
const COUNTING_BREATHS =
  /\b(?:count|counted|counting)\b[^.?!]{0,24}\bbreath(?:s|ing)?\b|\bbreaths?\s*(?:per|a|in a|in one)\s*min(?:ute)?\b|数(?:了|一下|了一下)?[^,;。\d]{0,8}(?:呼吸|喘气)|(?:呼吸|喘气|喘)[^,;。\d]{0,6}(?:几下|几次|多少下|多少次)/;

export function mentionsBreathCount(text: string): boolean {
  return COUNTING_BREATHS.test(text);
}

/**
 * The answer to a count being taken: the whole message is a number of breaths, perhaps with its unit
 * ("34 in one minute", "三十二下", "28 breaths"). Read only while breaths are being counted.
 */
const BARE_COUNT = new RegExp(
  `^\\s*(?:about|around|maybe|roughly|大概|差不多|有)?\\s*(\\d{1,3}|${CN_READING}|${EN_NUM})\\s*(?:次|下|回|口|times|breaths?)?\\s*(?:(?:in|a|per|each|/)\\s*(?:one\\s*|a\\s*|1\\s*)?min(?:ute)?|(?:一|每|1)?分钟(?:内)?)?\\s*[.。!！]*\\s*$`,
);

export function findBareBreathCount(text: string): number | undefined {
  const m = BARE_COUNT.exec(text);
  const v = m ? num(m[1]) : undefined;
  return v !== undefined && v >= 4 && v <= 120 ? v : undefined;
}

// ---------------------------------------------------------------- heart rate
const HR = [
  new RegExp(`(?:心率|心跳|脉搏|脉率|心跳次数)${GAP}${N}(?!\\s*(?:岁|度|%|斤|公斤|kg|天|/))`),
  new RegExp(`(?:一分钟|每分钟)\\s*(?:心跳|脉搏)(?:了|有)?\\s*${N}`),
  new RegExp(
    `\\b(?:heart\\s*rate|heartrate|pulse(?:\\s*rate)?|hr)\\s*(?:(?:has|have|had)\\s+been\\s*(?:about|around|at)?|(?:is |was )?(?:only|just|barely|down to|dropped to)|is|of|at|was|=|:|about|around|reading|says|showing|shows|sitting at|running at|staying at|stuck at|up to|jumps to|jumped to|goes up to|went up to|shoots up to|shot up to|gets to|on (?:her|his|my) watch(?: is| says| shows)?)?\\s*${EN_N}(?!\\s*(?:%|years|kg|lb|degrees))`,
  ),
  new RegExp(`\\b(\\d{2,3})\\s*bpm\\b`),
  // "my heart's going about 120", "heart beating at 140 a minute": the heart said with a rate.
  new RegExp(
    `\\bhearts?(?:'s|\\s+is)?\\s+(?:going|beating|racing|pounding|running|doing)\\s*(?:at|about|around|like|over)?\\s*(?:about|around)?\\s*${EN_N}(?!\\s*(?:%|years|kg|lb|degrees|times a day))`,
  ),
];

// ---------------------------------------------------------------- blood pressure
const BP_NAMED = /血压|高压|低压|\bbp\b|\bblood pressure\b/;
/** A reading taken from a meter, without saying of what. */
const BP_MEASURED =
  /\b(?:reading|reads|read|measured|checked|monitor|machine|cuff|came out at|it says|says|showing|shows)\b|读数|量了|测了|量出来|测出来|显示|血压计|电子计|机器/;
const BARE_SLASH_PAIR = /(?<![\d/.])(\d{2,3})\s*[/／]\s*(\d{2,3})(?![\d/.%])/g;
const BP_PAIR = [
  new RegExp(`(?:血压|bp|blood pressure)${GAP}${N}\\s*(?:/|／|比|over|\\s)\\s*${N}`),
  new RegExp(`\\b(?:bp|blood pressure)\\s*(?:is|of|at|was|=|:|reading)?\\s*(\\d{2,3})\\s*(?:/|over)\\s*(\\d{2,3})`),
  // "blood pressure up is 220 down 120": the top and bottom numbers said as up and down.
  new RegExp(
    `\\b(?:bp|blood pressure)\\s*(?:up|top|high)\\s*(?:is|was)?\\s*(\\d{2,3})[^.\\d]{0,8}?(?:down|bottom|low)\\s*(?:is|was)?\\s*(\\d{2,3})`,
  ),
];
/** A pair read aloud with no word between: 血压六十四十 (60/40), 一百四九十 (140/90). */
const BP_SPOKEN = new RegExp(`(?:血压|bp)${GAP}([零〇一二两三四五六七八九十百]{3,})`);

/** The one way to cut a run of Chinese numerals into two well-formed readings, systolic above diastolic. */
function splitSpokenPair(run: string): [number, number] | undefined {
  if (parseApproxNumber(run) !== undefined) return undefined;
  const chars = [...run];
  for (let i = 2; i <= chars.length - 2; i++) {
    const s = parseApproxNumber(chars.slice(0, i).join(''));
    const d = parseApproxNumber(chars.slice(i).join(''));
    if (s !== undefined && d !== undefined && s >= 50 && s <= 280 && d >= 20 && d <= 180 && s > d) return [s, d];
  }
  return undefined;
}
const SYSTOLIC = [
  new RegExp(`(?:高压|收缩压|上面的?|上压)${GAP}${N}`),
  new RegExp(`\\b(?:systolic|top number)\\s*(?:is|of|at|was|=|:)?\\s*(\\d{2,3})`),
  new RegExp(`(?:血压)${GAP}${N}(?!\\s*(?:/|／|比|over|\\s*${APPROX_NUM}))`),
  // "高血压这几天控制不住，一直一百七八": the reading in the next clause, said with "always/still".
  new RegExp(
    `(?:血压)[^\\d;。!?]{0,14}?[，,]\\s*(?:一直|都|还是|老是|总是|最高|天天)(?:在|是|都)?\\s*${N}(?!\\s*(?:/|／|比|度|℃))`,
  ),
  new RegExp(
    `\\b(?:bp|blood pressure)\\s*(?:is|of|at|was|=|:|only|reading|down to|up to)?\\s*(\\d{2,3})(?!\\s*(?:/|over))`,
  ),
];
const DIASTOLIC = [
  new RegExp(`(?:低压|舒张压|下面的?|下压)${GAP}${N}`),
  new RegExp(`\\bdiastolic\\s*(?:is|of|at|was|=|:)?\\s*(\\d{2,3})`),
];

/**
 * Diabetes, insulin or a glucose meter named (this turn or the last): a reading with one decimal said
 * without the word for it ("刚才测了一下2.8", "just checked, 3.1") is blood glucose in mmol/L.
 */
const GLUCOSE_CONTEXT =
  /血糖|糖尿病|胰岛素|降糖|二甲双胍|\b(?:glucose|blood sugars?|sugars?|diabet\w*|insulin|glucometer|metformin|hypo)\b/;

export function mentionsGlucose(text: string): boolean {
  return GLUCOSE_CONTEXT.test(text);
}

const BARE_GLUCOSE = [
  /(?:测了?(?:一下)?|测的|测出来?(?:的)?|量的|显示|读数|现在|才|只有|checked|tested|reading|reads|says|shows|showing|now|only)\s*(?:是|is|at|:)?\s*(\d{1,2}[.点]\d)(?![\d.]|\s*(?:度|°|℃|c\b|f\b|%|kg|公斤|斤|天|岁|mg|毫克|片|颗))/,
  /^\s*(\d{1,2}[.点]\d)\s*(?:mmol(?:\/l)?)?\s*[.。!！]*\s*$/,
];

/** A bare reading while glucose is in question: 1.0–33.9 (a temperature is 34 or more). */
export function findBareGlucose(text: string): number | undefined {
  for (const re of BARE_GLUCOSE) {
    const m = re.exec(text);
    const v = m ? Number(m[1].replace('点', '.')) : undefined;
    if (v !== undefined && v >= 1 && v < 34) return v;
  }
  return undefined;
}

// ---------------------------------------------------------------- glucose
const GLUCOSE = [
  new RegExp(`(?:血糖|空腹血糖|餐后血糖|血糖值|空腹|餐后两小时|餐后)${GAP}${N}\\s*(mmol|mg)?`),
  // "血糖一直在15到18之间": the higher end of a range.
  new RegExp(`(?:血糖)${GAP}\\d+(?:\\.\\d+)?\\s*(?:到|至|-|~|～)\\s*(\\d+(?:\\.\\d+)?)`),
  new RegExp(
    `\\b(?:blood\\s*sugar|blood\\s*glucose|glucose|sugar(?:s)?(?:\\s*level)?|bg|bm)\\s*(?:is|of|at|was|=|:|reading|level|down to|only|up to|over)?\\s*(\\d+(?:\\.\\d+)?)\\s*(mmol|mg)?`,
  ),
  // "her sugar very high, 20 every day": a reading a few words after the word.
  new RegExp(
    `\\b(?:blood\\s*sugars?|glucose|sugars?)\\b[a-z ,]{1,24}?\\b(\\d{1,2}(?:\\.\\d)?)\\b(?!\\s*(?:%|years?|days?|hours?|weeks?|kg|lb))\\s*(mmol|mg)?`,
  ),
];

const GLUCOSE_OFF_SCALE =
  /(?:\b(?:meter|glucometer|sugar(?:\s*(?:meter|monitor|machine))?|bg|reading)\b[^.?!\d]{0,16}?\b(?:says|said|shows|showed|reads|read|just says|only says|displays?|showing)\s*['"“”]?(hi|lo)['"“”]?\b)|(?:血糖仪|血糖)[^,;。\d]{0,8}?(?:显示|测出|出来)?\s*(hi|lo)\b/;

// ---------------------------------------------------------------- potassium, paracetamol taken
const POTASSIUM = [
  new RegExp(`(?:血钾|血清钾|钾)${GAP}${N}`),
  new RegExp(`\\b(?:potassium|k\\+|k level|serum k)\\s*(?:is|of|at|was|=|:|level|came back)?\\s*(\\d(?:\\.\\d)?)`),
];
const PARACETAMOL = '(?:对乙酰氨基酚|扑热息痛|泰诺林|泰诺|必理通|paracetamol|acetaminophen|tylenol|panadol|calpol)';
const PARACETAMOL_GRAMS = [
  new RegExp(`${PARACETAMOL}[^。!?]{0,20}?${COUNT}\\s*(克|g\\b|grams?|毫克|mg\\b)`),
  new RegExp(`${COUNT}\\s*(克|g\\b|grams?)\\s*(?:的|of)?\\s*${PARACETAMOL}`),
];

// ---------------------------------------------------------------- blood lost
/** Words for blood or for bringing it up; 血 alone not as part of 血氧, 血压, 血糖, 血钾. */
const BLOOD =
  '(?:haemoptysis|hemoptysis|haematemesis|hematemesis|blood|咯血|咳血|吐血|呕血|便血|鲜血|血(?![氧压糖钾脂型管常]))';
const ML = '(?:ml|mls|millilit(?:re|er)s?|毫升|cc)(?![a-z])';
const BLOOD_ML = [
  // "haemoptysis of approximately 200 ml", "吐血大概有两百毫升"
  new RegExp(`${BLOOD}[^,;。.!?\\d]{0,24}?${COUNT}\\s*${ML}`),
  // "咳血了，大概两百毫升", "vomited blood, about 300ml": the amount said right after, as a guess.
  new RegExp(
    `${BLOOD}[^,;。.!?\\d]{0,8}[,，]\\s*(?:大概|大约|差不多|估计|约|有|about|around|approximately|roughly|maybe|like|at least|至少)?\\s*(?:有)?\\s*${COUNT}\\s*${ML}`,
  ),
  // "200ml of fresh blood", "两百毫升左右的血"
  new RegExp(`${COUNT}\\s*${ML}\\s*(?:左右|多|上下)?\\s*(?:的)?\\s*(?:of\\s+)?(?:[a-z]+\\s+){0,2}?${BLOOD}`),
];

// ---------------------------------------------------------------- minutes
/** A span said in minutes, or half an hour: the longest is kept (how long a seizure went on). */
const MINUTES = [
  new RegExp(`${COUNT}\\s*(?:多|来)?\\s*(?:分钟|分多钟)`),
  new RegExp(`${EN_N}\\s*(?:\\+\\s*)?(?:more\\s+)?(?:minutes?|mins?)\\b`),
];
const HALF_HOUR = /半(?:个)?(?:小时|钟头)|half an hour/;

// ---------------------------------------------------------------- tablets swallowed
const PILL_UNIT = '(?:颗|片|粒|个|板)';
const PILLS = [
  new RegExp(`(?:吃了|吞了|服了|吃下|吞下|吃掉|吃|吞|服)\\s*(?:大概|差不多|至少|有)?\\s*${COUNT}\\s*${PILL_UNIT}`),
  new RegExp(`${COUNT}\\s*${PILL_UNIT}[^,;。]{0,6}(?:都吃了|全吃了|吃下去|吞下去|吞了|吃了)`),
  new RegExp(`(?:少了|不见了|没了)\\s*${COUNT}\\s*${PILL_UNIT}`),
  new RegExp(`(?:估计|大概|大约|差不多|约|好像)\\s*${COUNT}\\s*${PILL_UNIT}`),
  new RegExp(
    `\\b(?:took|swallowed|taken|ate|had|downed|chewed)\\s*(?:about|maybe|around|at least|like)?\\s*${EN_N}\\s*(?:of (?:my|his|her|the|their|grandma'?s|nan'?s|mum'?s|dad'?s)\\s*)?(?:\\w+\\s*)?(?:pills?|tablets?|caps(?:ules)?|paracetamol|ibuprofen|aspirin|sleeping|of)`,
  ),
  new RegExp(`\\b${EN_N}\\s*(?:pills?|tablets?|capsules?|lots of|doses of)\\b`),
  new RegExp(`\\b(?:took|swallowed|ate|had|downed|taken)\\b[^.?!]{0,50}?\\b${EN_N}\\s*of them\\b`),
  new RegExp(`\\b(?:maybe|about|around)?\\s*${EN_N}\\s*(?:or\\s*${EN_N}\\s*)?(?:are\\s*|were\\s*)?(?:missing|gone)\\b`),
  // "took his heart medicine twice, maybe 6 extra": the extra tablets counted.
  new RegExp(`\\b(?:maybe|about|around|like|probably)?\\s*${EN_N}\\s*extra\\b(?!\\s*(?:days?|hours?|minutes?|mg|ml))`),
  new RegExp(`多(?:吃|吞|服)了\\s*(?:大概|差不多|估计|有)?\\s*${COUNT}\\s*${PILL_UNIT}`),
  // "I've taken all my sertraline, about 40": all of a medicine, then how many.
  new RegExp(
    `\\b(?:took|taken|swallowed|ate|had|downed)\\s+(?:all|most|the rest)\\s+(?:of\\s+)?(?:my|his|her|their|the)\\s+[a-z]+(?:\\s+[a-z]+){0,2}\\s*[,;:-]?\\s*(?:about|around|maybe|like|roughly|at least|probably)?\\s*${EN_N}\\b(?!\\s*(?:years?|days?|weeks?|months?|hours?|minutes?|mg|mcg|ml|kg|degrees?|%|percent))`,
  ),
  new RegExp(
    `(?:全吃了|都吃了|全吞了|都吞了|全部吃了|吃光了)[^。!?]{0,6}?(?:大概|差不多|估计|至少|有)?\\s*${COUNT}\\s*${PILL_UNIT}?`,
  ),
];

/**
 * A count swallowed with no unit at all ("my brother took 24 about 2 hrs ago", "她吞了二十多"): read only
 * from 8 up, where a dose of anything is not that many, and never before a unit of time, age or measure.
 */
const BARE_PILLS = [
  new RegExp(
    `\\b(?:took|swallowed|has taken|have taken|had taken|downed)\\s+(?:about|maybe|around|like|roughly|at least|probably)?\\s*${EN_N}(?:\\s*or so)?(?=\\s*(?:$|[,;!?]|\\.(?!\\d)|and\\b|about\\b|around\\b|at\\b|in the\\b|last\\b|this\\b|yesterday|today|tonight|an? (?:hour|while)|\\d+\\s*(?:hours?|hrs?|mins?|minutes?) ago|ago\\b|of them\\b|or\\b|maybe\\b))`,
  ),
  new RegExp(
    `(?:吃了|吞了|服了|吃下了|吞下了)\\s*(?:大概|差不多|至少|有|估计)?\\s*${COUNT}(?:多)?(?=\\s*(?:$|[，,。!！?？;；、]|了|左右|吧|啊|呀|个?小时前|分钟前|那么多|这么多))`,
  ),
];
const BARE_PILLS_FROM = 8;
/** A bare count is read only where medicine is spoken of (this turn, or the turns the screen reads with it). */
const MEDICINE_WORDS =
  /药|片|粒|颗|胶囊|布洛芬|对乙酰氨基酚|扑热息痛|泰诺|美林|阿司匹林|安眠|\b(?:pills?|tablets?|capsules?|meds|medicines?|medication|paracetamol|acetaminophen|tylenol|panadol|calpol|ibuprofen|nurofen|advil|aspirin|sleeping|painkillers?|antidepressants?|sertraline|insulin)\b/;

function maxOf(values: number[]): number | undefined {
  return values.length ? Math.max(...values) : undefined;
}
function minOf(values: number[]): number | undefined {
  return values.length ? Math.min(...values) : undefined;
}

/** The most alarming reading of each vital sign in an already normalised text. */
/** Does the message speak of medicine (so a bare count swallowed is tablets)? */
export function speaksOfMedicine(text: string): boolean {
  return MEDICINE_WORDS.test(text);
}

/** @param medicineSpoken medicine is spoken of elsewhere in the message (when `text` is one clause of it) */
export function extractVitals(text: string, medicineSpoken = speaksOfMedicine(text)): Vitals {
  const out: Vitals = {};
  const rr = RR.flatMap((re) => all(text, re)).filter(within(4, 120));
  if (rr.length) out.respiratoryRate = Math.abs(maxOf(rr)! - 18) >= Math.abs(minOf(rr)! - 18) ? maxOf(rr) : minOf(rr);

  const hr = HR.flatMap((re) => all(text, re)).filter(within(20, 260));
  if (hr.length) out.heartRate = Math.abs(maxOf(hr)! - 75) >= Math.abs(minOf(hr)! - 75) ? maxOf(hr) : minOf(hr);

  const pairs: Array<[number, number]> = [];
  for (const re of BP_PAIR) {
    for (const m of text.matchAll(globalize(re))) {
      const s = num(m[1]);
      const d = num(m[2]);
      if (s !== undefined && d !== undefined && s >= 50 && s <= 280 && d >= 20 && d <= 180 && s > d) pairs.push([s, d]);
    }
  }
  // "BP been creeping up all week, today 182/112": once the message names blood pressure, a bare
  // slash pair that reads as one (systolic above diastolic by a pulse pressure) is the reading.
  // Said as a measurement without naming it ("dad's reading is 190/120", "量了一下 185/115"): a slash
  // pair wide enough apart that it is no date, score or fraction.
  const named = BP_NAMED.test(text);
  if (named || BP_MEASURED.test(text)) {
    for (const m of text.matchAll(BARE_SLASH_PAIR)) {
      const [sys, dia] = [Number(m[1]), Number(m[2])];
      if (sys >= 70 && sys <= 280 && dia >= 40 && dia <= 180 && sys - dia >= (named ? 15 : 25)) pairs.push([sys, dia]);
    }
  }
  for (const m of text.matchAll(globalize(BP_SPOKEN))) {
    const pair = splitSpokenPair(m[1]);
    if (pair) pairs.push(pair);
  }
  // A pair read as one wins over a lone number: "血压一百三十五/八十五" is 135/85, not a systolic of 85.
  const systolic = (pairs.length ? pairs.map(([s]) => s) : SYSTOLIC.flatMap((re) => all(text, re))).filter(
    within(50, 280),
  );
  const diastolic = [...pairs.map(([, d]) => d), ...DIASTOLIC.flatMap((re) => all(text, re))].filter(within(20, 180));
  if (systolic.length)
    out.systolic =
      Math.abs(maxOf(systolic)! - 120) >= Math.abs(minOf(systolic)! - 120) ? maxOf(systolic) : minOf(systolic);
  if (diastolic.length) out.diastolic = maxOf(diastolic);

  const glucose: number[] = [];
  // A meter off its scale: "HI" above 33.3 mmol/L (600 mg/dL), "LO" below its lowest reading (ADA).
  const offScale = GLUCOSE_OFF_SCALE.exec(text);
  if (offScale) glucose.push((offScale[1] ?? offScale[2]) === 'hi' ? 33.4 : 1.0);
  for (const re of GLUCOSE) {
    for (const m of text.matchAll(globalize(re))) {
      const v = num(m[1]);
      if (v === undefined) continue;
      // mg/dL when said, or when the number is too high to be mmol/L.
      const mmol = m[2] === 'mg' || (m[2] !== 'mmol' && v > 45) ? v / 18 : v;
      if (mmol >= 0.5 && mmol <= 60) glucose.push(Math.round(mmol * 10) / 10);
    }
  }
  if (glucose.length)
    out.glucose = Math.abs(maxOf(glucose)! - 6) >= Math.abs(minOf(glucose)! - 6) ? maxOf(glucose) : minOf(glucose);

  const potassium = maxOf(POTASSIUM.flatMap((re) => all(text, re)).filter(within(2, 9.9)));
  if (potassium !== undefined) out.potassium = potassium;
  const grams: number[] = [];
  for (const re of PARACETAMOL_GRAMS) {
    for (const m of text.matchAll(globalize(re))) {
      const v = num(m[1]);
      if (v === undefined) continue;
      const g = /毫克|mg/.test(m[2] ?? '') ? v / 1000 : v;
      if (g > 0 && g <= 100) grams.push(g);
    }
  }
  const paracetamolGrams = maxOf(grams);
  if (paracetamolGrams !== undefined) out.paracetamolGrams = paracetamolGrams;

  const flow =
    /\bpeak\s*flow\b[^.\d]{0,12}(\d{2,3})\b[^.]{0,40}?\b(?:usual(?:ly)?|normal(?:ly)?|best)\b[^.\d]{0,12}(\d{2,3})|峰流速\D{0,6}(\d{2,3})\D{0,12}(?:平时|平常|最好)\D{0,6}(\d{2,3})/.exec(
      text,
    );
  if (flow) {
    const now = Number(flow[1] ?? flow[3]);
    const best = Number(flow[2] ?? flow[4]);
    if (best >= 60 && now > 0 && now <= best * 1.5) out.peakFlowPercent = Math.round((100 * now) / best);
  }

  const bloodMl = maxOf(BLOOD_ML.flatMap((re) => all(text, re)).filter(within(1, 5000)));
  if (bloodMl !== undefined) out.bloodMl = bloodMl;

  const minutes = maxOf([
    ...MINUTES.flatMap((re) => all(text, re)).filter(within(0.5, 600)),
    ...(HALF_HOUR.test(text) ? [30] : []),
  ]);
  if (minutes !== undefined) out.minutes = minutes;

  const pills: number[] = [];
  const counts: Array<[RegExp, number]> = [
    ...PILLS.map((re): [RegExp, number] => [re, 1]),
    ...(medicineSpoken ? BARE_PILLS.map((re): [RegExp, number] => [re, BARE_PILLS_FROM]) : []),
  ];
  for (const [re, from] of counts) {
    for (const m of text.matchAll(globalize(re))) {
      const values = [num(m[1]), num(m[2])].filter((v): v is number => v !== undefined);
      const v = values.length ? Math.max(...values) : undefined;
      if (v !== undefined && v >= from) pills.push(v);
    }
  }
  const pillCount = maxOf(pills.filter(within(1, 500)));
  if (pillCount !== undefined) out.pillCount = pillCount;
  return out;
}
