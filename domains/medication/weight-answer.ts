import { firstNumber } from '../../nlp/text/numerals';

/**
 * A reply to "how much does the child weigh?" is often a bare number ("15", "三十斤").
 * The entity extractor handles full sentences; this covers the short answers it may not.
 */
export function weightFromAnswer(text: string): number | undefined {
  const normalized = text.normalize('NFKC').toLowerCase();
  const value = firstNumber(normalized);
  if (value === undefined) return undefined;
  if (/斤/.test(normalized) && !/公斤/.test(normalized)) return value / 2; // 1 斤 = 0.5 kg
  if (/\b(lb|lbs|pounds?)\b/.test(normalized)) return Math.round(value * 0.4536 * 10) / 10;
  return value;
}
