/**
 * Body temperature in °C: "38.5", "38.5度", "38度5", "38度半", "三十八度五", "39℃", "101F", "101 degrees",
 * "发烧39", "fever of 38.3". Only values that are plausible body temperatures (34–43 °C) count, so
 * ages, doses, SpO2 readings and dates are not mistaken for one.
 */
import { NUM, parseApproxNumber } from '../text/numerals';
import { globalize, normalizeText, round } from '../text/normalize';

export const TEMPERATURE_RANGE_C = { min: 34, max: 43 } as const;
/** Fahrenheit readings people give for a fever (95–110 °F ≈ 35–43 °C). */
const FAHRENHEIT_RANGE = { min: 93, max: 110 } as const;

const ONE_DIGIT = '(?:\\d|[零一二两三四五六七八九])';
/** Units and words that make a number something other than a temperature. */
// A full stop after the number ends a sentence ("says 38.4."); a dot with a digit after it is a decimal.
const NOT_TEMP_AFTER =
  '(?![\\d]|\\.\\d|\\s*(?:天|岁|个|次|片|粒|颗|mg|毫克|ml|毫升|号|日|月|年|周|小时|分钟|%|kg|公斤|斤|斤|g\\b|mmol|bpm|days?\\b|hours?\\b|years?\\b|times?\\b|tablets?\\b|pills?\\b|percent\\b|weeks?\\b|months?\\b|lbs?\\b|pounds?\\b))';

/** 38度5, 三十八度五, 39度 — the digit after 度 is a decimal unless a unit follows it (38度 5天). */
const DEGREE_ZH = new RegExp(`(${NUM})\\s*度(?:(${ONE_DIGIT}|半)(?![\\d天岁个日号月年周%点.]))?`, 'g');
const CELSIUS = new RegExp(
  `(${NUM})\\s*(?:°\\s*c|摄氏度|degrees?\\s*(?:c\\b|celsius|centigrade)|celsius|centigrade|c\\b)`,
  'g',
);
const FAHRENHEIT = new RegExp(`(${NUM})\\s*(?:°\\s*f|华氏度|degrees?\\s*f(?:ahrenheit)?\\b|fahrenheit|f\\b)`, 'g');
const BARE_DEGREES = new RegExp(`(${NUM})\\s*(?:°|degrees?\\b)(?!\\s*[cf]\\b)`, 'g');
const KEYWORD_FILLER =
  '(?:\\s|:|=|是|有|到|了|达|达到|高达|最高|都|还|一直|快|将近|接近|差不多|大概|约|在|又|已经|还是|反复|of|is|was|at|about|around|reached|hit|up to|went up to|over|running|spiked to|spiking to|nearly|almost|says|said|reads|read|showed|shows|up|still|now|stay|stays|stayed|staying|显示|测出)';
const KEYWORD = new RegExp(
  `(?:发烧|发热|高烧|低烧|高热|烧|体温计|体温|温度计|温度|摄氏|fever|temp(?:erature)?|thermometer|febrile)${KEYWORD_FILLER}{0,7}(${NUM}(?:多|几)?)${NOT_TEMP_AFTER}`,
  'g',
);
/** A bare 35.0–43.9 with one decimal is a temperature on a fever hotline, unless it is a dose or a lab value. */
const BARE_DECIMAL = new RegExp(`(?<![\\d.])((?:3[4-9]|4[0-3])\\.\\d)${NOT_TEMP_AFTER}`, 'g');
/**
 * A bare whole 38–41 said with when it comes ("39 every evening even after calpol", "晚上又39"), in a
 * message about a fever: a temperature. Not an age ("he is 39", "39岁") nor a weight.
 */
const BARE_WHOLE_WHEN = new RegExp(
  `(?<![\\d.]|\\b(?:is|aged?|turned|turning|he's|she's|i'm|im)\\s)(3[89]|4[01])(?![\\d.]|\\s*(?:岁|周岁|years?|yrs?|yo|y/o|kg|公斤|斤|lb|%|次|下|bpm))\\s*(?=every|each|at night|in the evening|tonight|this morning|again|even after|despite|都|每天|每晚|晚上|早上|又|还)`,
  'g',
);
const FEVER_TALK =
  /发烧|发热|高烧|烧|退烧|体温|\b(?:fever|temp|temperature|hot|feverish|calpol|paracetamol|tylenol|ibuprofen|nurofen|motrin|advil)\b/;
const LAB_CONTEXT = /(血糖|sugar|glucose|mmol|bmi|体重|weight|血压|\$|¥|元)\s*[^\d]{0,4}$/;

function plausibleC(c: number | undefined): number | undefined {
  if (c === undefined || Number.isNaN(c)) return undefined;
  return c >= TEMPERATURE_RANGE_C.min && c <= TEMPERATURE_RANGE_C.max ? round(c, 1) : undefined;
}

export function fahrenheitToCelsius(f: number): number {
  return round(((f - 32) * 5) / 9, 1);
}

/** A number given without a scale: °C if plausible, else °F if plausible. */
function unknownScale(v: number | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (v >= FAHRENHEIT_RANGE.min && v <= FAHRENHEIT_RANGE.max) return plausibleC(fahrenheitToCelsius(v));
  return plausibleC(v);
}

/** Air, water and room temperatures are not body temperatures. */
const WEATHER_BEFORE =
  /(?:气温|天气|室温|水温|外面|外边|屋里|房间|洗澡水|空调|暖气|weather|outside|room|water|thermostat)[^,;.!?\d]{0,6}$/;
const WEATHER_AFTER = /^[^,;.!?]{0,2}(?:的天|的天气|的水|的房间|outside|weather)/;

function collect(text: string, re: RegExp, toC: (m: RegExpMatchArray) => number | undefined): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(globalize(re))) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (WEATHER_BEFORE.test(text.slice(Math.max(0, index - 12), index)) || WEATHER_AFTER.test(text.slice(end, end + 8)))
      continue;
    const c = toC(m);
    if (c !== undefined) out.push(c);
  }
  return out;
}

/** Every plausible body temperature in an already normalised text, in °C. */
export function findTemperatures(text: string): number[] {
  return [
    ...collect(text, DEGREE_ZH, (m) => {
      const whole = parseApproxNumber(m[1]);
      if (whole === undefined) return undefined;
      // 38度半 is 38.5.
      const frac = m[2] === undefined ? undefined : m[2] === '半' ? 5 : parseApproxNumber(m[2]);
      const value = frac === undefined || !Number.isInteger(whole) ? whole : whole + frac / 10;
      return value > 45 ? plausibleC(fahrenheitToCelsius(value)) : plausibleC(value);
    }),
    ...collect(text, CELSIUS, (m) => plausibleC(parseApproxNumber(m[1]))),
    ...collect(text, FAHRENHEIT, (m) => {
      const f = parseApproxNumber(m[1]);
      return f === undefined ? undefined : plausibleC(fahrenheitToCelsius(f));
    }),
    ...collect(text, BARE_DEGREES, (m) => unknownScale(parseApproxNumber(m[1]))),
    ...collect(text, KEYWORD, (m) => unknownScale(parseApproxNumber(m[1]))),
    ...(FEVER_TALK.test(text) ? collect(text, BARE_WHOLE_WHEN, (m) => plausibleC(Number(m[1]))) : []),
    ...collect(text, BARE_DECIMAL, (m) =>
      LAB_CONTEXT.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index)) ? undefined : plausibleC(Number(m[1])),
    ),
  ];
}

/** Highest body temperature mentioned, °C with one decimal. */
export function extractTemperature(text: string): number | undefined {
  const all = findTemperatures(normalizeText(text));
  return all.length ? Math.max(...all) : undefined;
}
