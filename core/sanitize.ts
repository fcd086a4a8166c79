/**
 * What every channel's text goes through once, before the emergency screen and before storage.
 * A message is still understood, and still stored, whatever bytes arrive: NUL and other control
 * characters (which PostgreSQL cannot store) go; a lone UTF-16 surrogate becomes U+FFFD; format
 * characters that hide inside words — soft hyphens, zero-width spaces and joiners, bidi marks, the
 * BOM — go, so "呼\u200b吸\u200b困\u200b难" and "un\u00adconscious" read as the words they are.
 * Line breaks and tabs stay.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const FORMAT = /\p{Cf}/gu;
const LONE_SURROGATE_SOURCE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const LONE_SURROGATE = new RegExp(LONE_SURROGATE_SOURCE, 'g');
const HAS_LONE_SURROGATE = new RegExp(LONE_SURROGATE_SOURCE);

export function sanitizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, '').replace(FORMAT, '');
}

/** True when the text can be stored as it is (no NUL, no lone surrogate). */
export function isStorable(text: string): boolean {
  return !text.includes('\u0000') && !HAS_LONE_SURROGATE.test(text);
}
