/**
 * Small numbers as people type or say them: "7", "７", "七", "十二", "二十五".
 * Enough for days of illness, ages and weights; not a general numeral parser.
 */
const DIGITS: Record<string, number> = {
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

export const NUMBER_PATTERN = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十]+)';

export function parseNumber(token: string): number | undefined {
  const text = token.normalize('NFKC');
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return DIGITS[text];
  if (!m[2]) return m[1] ? DIGITS[m[1]] : undefined;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

/** The first number in a text, digits or Chinese. */
export function firstNumber(text: string): number | undefined {
  const m = new RegExp(NUMBER_PATTERN).exec(text.normalize('NFKC'));
  return m ? parseNumber(m[1]) : undefined;
}
