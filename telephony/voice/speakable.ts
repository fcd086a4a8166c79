import type { Lang } from '../../core/types';

/**
 * Replies are written for reading; a text-to-speech voice reads "200～400", "≤93%" or "38.5℃"
 * badly or not at all. These rewrites make the same reply sound right to an elderly caller.
 */
const REWRITES: Record<Lang, [RegExp, string][]> = {
  zh: [
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
  return REWRITES[lang].reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}
