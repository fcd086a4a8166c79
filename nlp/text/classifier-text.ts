/**
 * Text normalisation shared by the Chinese and English tokenizers.
 *
 * NFKC folds full-width letters, digits and punctuation (ＳｐＯ２ ３８．５ ，) to their ASCII
 * forms and "℃" to "°c", so one spelling reaches the features whatever the input method.
 */
import { sanitizeText } from '../../core/sanitize';
import { toSimplified } from './script';

export function normalizeText(text: string): string {
  // "hellooo", "heyyy": chat stretches letters; three or more in a row mean one. 發燒 reads as 发烧
  // (converted as readMessage converts it, so the engine's two readings of a message share one conversion).
  return toSimplified(sanitizeText(text))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/([a-z])\1{2,}/g, '$1');
}

/** Ticket references as the service issues them ("T-1234", also typed "t1234" or "T 1234"). */
export const TICKET_RE = /\bt[-\s]?\d{3,6}\b/g;

/** A temperature reading: 38.5度, 39°, 38.5℃, 101f, "fever 39". */
export const TEMPERATURE_RE =
  /\b(3[5-9]|4[0-2])(\.\d)?\s*(度|°c?|c\b)|\b(9[7-9]|10[0-6])(\.\d)?\s*(°f|f\b)|[三四]十[一二三四五六七八九]?度/g;

/** Low oxygen saturation (< 90 %), written with digits or Chinese numerals. */
export const LOW_SPO2_RE =
  /(血氧|氧饱和|spo2|oxygen|o2 sat|sats?\b|saturation)\D{0,16}?(?<!\d)([5-8]\d)(?!\d)|(血氧|氧饱和)[^。，,]{0,6}[五六七八]十/g;

/** A normal oxygen saturation (94–100 %): tells a reading that reassures from one that alarms. */
export const OK_SPO2_RE =
  /(血氧|氧饱和|spo2|oxygen|o2 sat|sats?\b|saturation|pulse ox|oximeter)\D{0,16}?(?<!\d)(9[4-9]|100)(?!\d)|(血氧|氧饱和)[^。，,]{0,6}九十[四五六七八九]/g;

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  // "'s" is a possessive or "is"; neither helps to tell intents apart.
  [/'s\b/g, ''],
];

/** Expands English contractions so "can't breathe" and "cannot breathe" give the same words. */
export function expandContractions(text: string): string {
  let out = text.replace(/[\u2018\u2019\u02bc`]/g, "'");
  for (const [re, to] of CONTRACTIONS) out = out.replace(re, to);
  return out.replace(/\bcannot\b/g, 'can not');
}
