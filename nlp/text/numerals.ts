/**
 * The numeral parser: numbers as people write and as Mandarin speech-to-text emits them:
 * "86", "３８" (full-width), "38.5", "38点5", "八十六", "三十八点五", "一百零五", "两", "十五",
 * "一百五" (150), plus approximate forms "八十多", "十几", "三四" (a range: the upper value), and
 * English number words.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Source of a regex matching one number token (Arabic or Chinese). Keep it free of capture groups. */
export const NUM = '(?:\\d+(?:[.点]\\d+)?|[零〇一二两三四五六七八九十百千万]+(?:点[零〇一二两三四五六七八九]+)?)';
/** A number optionally followed by an approximation marker: 八十多, 十几, 30来. */
export const APPROX_NUM = `${NUM}(?:多|几|来|余)?`;

function parseChineseInteger(s: string): number | undefined {
  if (s === '') return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  // Digits only: read positionally like a year (二零二二), but two bare digits (三四) are a spoken range,
  // which parseApproxNumber handles.
  if ([...s].every((c) => c in DIGITS)) {
    if (s.length === 1) return DIGITS[s];
    if (s.length === 2 && !/[零〇]/.test(s)) return undefined;
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  let sectionUnit = 0;
  let afterZero = false;
  for (const c of s) {
    if (c in DIGITS) {
      // "三四" without a unit between is not one number.
      if (digit !== undefined && digit !== 0) return undefined;
      digit = DIGITS[c];
      if (digit === 0) afterZero = true;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c];
      // Units fall within a section: 六十四十 is two numbers (a blood pressure read aloud), not 100.
      if (sectionUnit !== 0 && unit >= sectionUnit) return undefined;
      sectionUnit = unit;
      section += (digit ?? (section === 0 && total === 0 ? 1 : undefined) ?? NaN) * unit;
      if (Number.isNaN(section)) return undefined;
      digit = undefined;
      lastUnit = unit;
      afterZero = false;
    } else if (c === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
      lastUnit = 10000;
      sectionUnit = 0;
      afterZero = false;
    } else {
      return undefined;
    }
  }
  if (digit === undefined) return total + section;
  // Colloquial shorthand: 一百五 = 150, 两千三 = 2300 (but 一百零五 = 105, 八十六 = 86).
  if (lastUnit >= 100 && !afterZero) return total + section + (digit * lastUnit) / 10;
  return total + section + digit;
}

/**
 * Parse one number token: Arabic digits, Chinese numerals, or a mix of the two around 点.
 * Returns undefined for anything that is not a single well-formed number.
 */
export function parseChineseNumber(input: string): number | undefined {
  const s = input.normalize('NFKC').trim();
  if (s === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const parts = s.split(/[点.]/);
  if (parts.length > 2) return undefined;
  const [intPart, fracPart] = parts;
  const whole = parseChineseInteger(intPart);
  if (whole === undefined) return undefined;
  if (fracPart === undefined) return whole;
  if (fracPart === '') return undefined;
  // Decimals are read digit by digit: 三十八点五 → 38.5, 点零五 → .05.
  const fracDigits = [...fracPart].map((c) => (/\d/.test(c) ? Number(c) : DIGITS[c]));
  if (fracDigits.some((d) => d === undefined)) return undefined;
  return Number(`${whole}.${fracDigits.join('')}`);
}

/**
 * Parse a number that may be approximate: "八十多" → 80, "十几" → 10, "30来" → 30,
 * "三四" → 4 (a spoken range; the upper end, because thresholds should err towards care).
 */
export function parseApproxNumber(input: string): number | undefined {
  const s = input
    .normalize('NFKC')
    .trim()
    .replace(/[多几来余]$/, '');
  const exact = parseChineseNumber(s);
  if (exact !== undefined) return exact;
  // Two adjacent digits: 三四 / 七八 → a range.
  const chars = [...s];
  if (chars.length === 2 && chars.every((c) => c in DIGITS)) {
    const [a, b] = chars.map((c) => DIGITS[c]);
    if (b === a + 1) return b;
  }
  // 二十五六 / 三十八九 / 十六七 → 26 / 39 / 17: a range after a whole ten or hundred.
  if (chars.length >= 3 && chars.slice(-2).every((c) => c in DIGITS) && /[十百]/.test(chars[chars.length - 3])) {
    const [a, b] = chars.slice(-2).map((c) => DIGITS[c]);
    if (b === a + 1) return parseChineseNumber(chars.slice(0, -2).join('') + chars[chars.length - 1]);
  }
  // 十五十六 / 三十八三十九 → 16 / 39: two neighbouring numbers said one after the other.
  if (chars.length >= 4 && chars.every((c) => c in DIGITS || c === '十' || c === '百')) {
    for (let i = 2; i <= chars.length - 2; i++) {
      const a = parseChineseNumber(chars.slice(0, i).join(''));
      const b = parseChineseNumber(chars.slice(i).join(''));
      if (a !== undefined && b !== undefined && b === a + 1) return b;
    }
  }
  // 二三十 → 30
  if (chars.length === 3 && chars[2] === '十' && chars.slice(0, 2).every((c) => c in DIGITS)) {
    const [a, b] = chars.slice(0, 2).map((c) => DIGITS[c]);
    if (b === a + 1) return b * 10;
  }
  return undefined;
}

const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  couple: 2,
  few: 3,
  several: 3,
};
const EN_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Regex source for an English number: digits or words up to "ninety-nine". */
export const EN_NUM =
  '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

/** "85", "eighty-five", "a" (1), "couple" (2), "few" (3). */
export function parseEnglishNumber(input: string): number | undefined {
  const s = input.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (s in EN_UNITS) return EN_UNITS[s];
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(s);
  if (!m || !(m[1] in EN_TENS)) return undefined;
  if (m[2] === undefined) return EN_TENS[m[1]];
  const unit = EN_UNITS[m[2]];
  return unit !== undefined && unit > 0 && unit < 10 ? EN_TENS[m[1]] + unit : undefined;
}

const FIRST_NUM = new RegExp(NUM);

/**
 * The first number in a text, Arabic or Chinese ("15", "三十斤" → 30, "一百斤" → 100), for short
 * answers such as a bare weight. Exact only: a spoken range ("三四") is not one number.
 */
export function firstNumber(text: string): number | undefined {
  const m = FIRST_NUM.exec(text.normalize('NFKC'));
  return m ? parseChineseNumber(m[0]) : undefined;
}
/** Any number token, Chinese, Arabic or English word. */
export function parseAnyNumber(input: string): number | undefined {
  return parseApproxNumber(input) ?? parseEnglishNumber(input);
}
