import type { Lang } from '../core/types';

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;

/** True when the text contains at least one Han (Chinese) character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Language of a message, as CONTRACT.md defines it: any Han character means Chinese.
 * Mixed text such as "Tylenol能和感冒灵一起吃吗" is therefore Chinese.
 */
export function detectLang(text: string): Lang {
  return hasHan(text) ? 'zh' : 'en';
}

/**
 * Which trained model can read this text. Each model only knows the features of its own
 * script, so a Chinese sentence sent with `lang: 'en'` (or the reverse) would look like
 * out-of-scope noise to it. Text with neither script (digits, emoji) keeps the asked language.
 */
export function modelLangFor(text: string, asked: Lang): Lang {
  if (hasHan(text)) return 'zh';
  if (LATIN_LETTER.test(text)) return 'en';
  return asked;
}
