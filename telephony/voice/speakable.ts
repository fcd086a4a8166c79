import type { Lang } from '../../core/types';

/**
 * Replies are written for reading; a text-to-speech voice reads "200～400", "≤93%" or "38.5℃"
 * badly or not at all. These rewrites make the same reply sound right to an elderly caller.
 */
type Rewrite = [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** Ticket ids are spelt digit by digit: a caller writes them down. */
const ticketIds = (lang: Lang): Rewrite => [
  /\bT-(\d{5,7})\b/g,
  (_, digits: string) => spokenTicketId(`T-${digits}`, lang),
];

/**
 * Phone numbers are said one digit at a time ("幺二零", "one two zero"), as people dial them, not as
 * amounts ("一百二十"): any run of 7 or more digits (dashes and spaces allowed), and a shorter number
 * right after a word for calling or a number ("拨打120", "call 120", "电话：12345").
 */
const LONG_NUMBER = /(?<!\d|\d\.)\d(?:[\d -]{5,}\d)(?!\d|\.\d)/g;
const CALLED_ZH = /(拨打|打|接通|转接|致电|电话|热线|号码)([：:\s]*)(\d{3,6})(?!\d|\.\d)/g;
const CALLED_EN = /\b(call|dial|ring|phone|number|line)(:?\s+)(\d{3,6})(?!\d|\.\d)/gi;

const phoneNumbers = (lang: Lang): Rewrite[] => [
  [LONG_NUMBER, (n: string) => spokenDigits(n, lang)],
  lang === 'zh'
    ? [CALLED_ZH, (_, word: string, gap: string, n: string) => `${word}${gap}${spokenDigits(n, lang)}`]
    : [CALLED_EN, (_, word: string, gap: string, n: string) => `${word}${gap}${spokenDigits(n, lang)}`],
];

const REWRITES: Record<Lang, Rewrite[]> = {
  zh: [
    ticketIds('zh'),
    ...phoneNumbers('zh'),
    [/(\d)\s*[～~–]\s*(\d)/g, '$1到$2'],
    [/≤\s*/g, '小于等于'],
    [/≥\s*/g, '大于等于'],
    [/[＞>]\s*/g, '大于'],
    [/[＜<]\s*/g, '小于'],
    [/\s*(℃|°C)/g, '度'],
    [/SpO2|SpO₂/gi, '血氧'],
    [/\n+/g, '。'],
    [/。{2,}/g, '。'],
  ],
  en: [
    ticketIds('en'),
    ...phoneNumbers('en'),
    [/(\d)\s*[～~–]\s*(\d)/g, '$1 to $2'],
    [/≤\s*/g, 'at most '],
    [/≥\s*/g, 'at least '],
    [/\s*(℃|°C)/g, ' degrees'],
    [/SpO2|SpO₂/gi, 'oxygen level'],
    [/\n+/g, '. '],
    [/\.\s*\./g, '.'],
  ],
};

export function speakable(text: string, lang: Lang): string {
  return REWRITES[lang].reduce(
    (t, [pattern, replacement]) =>
      typeof replacement === 'string' ? t.replace(pattern, replacement) : t.replace(pattern, replacement),
    text,
  );
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** In a phone number 1 is said 幺, so it is not heard as 七. */
const ZH_PHONE_DIGITS = ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A phone number one digit at a time; dashes and spaces become short pauses. */
export function spokenDigits(number: string, lang: Lang): string {
  const groups = number.split(/[ -]+/).filter(Boolean);
  if (lang === 'zh') return groups.map((g) => [...g].map((d) => ZH_PHONE_DIGITS[Number(d)]).join('')).join('，');
  return groups.map((g) => [...g].join(' ')).join(', ');
}

/** A ticket id read one digit at a time, as a caller writes it down: "T，一 二 三 四 五". */
export function spokenTicketId(id: string, lang: Lang): string {
  const digits = [...id.replace(/^T-/, '')];
  if (lang === 'zh') return `T，${digits.map((d) => ZH_DIGITS[Number(d)]).join(' ')}`;
  return `T, ${digits.join(' ')}`;
}
