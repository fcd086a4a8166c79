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

const REWRITES: Record<Lang, Rewrite[]> = {
  zh: [
    ticketIds('zh'),
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

/** A ticket id read one digit at a time, as a caller writes it down: "T，一 二 三 四 五". */
export function spokenTicketId(id: string, lang: Lang): string {
  const digits = [...id.replace(/^T-/, '')];
  if (lang === 'zh') return `T，${digits.map((d) => ZH_DIGITS[Number(d)]).join(' ')}`;
  return `T, ${digits.join(' ')}`;
}
