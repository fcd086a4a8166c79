import type { Entities } from '../../core/types';
import { firstNumber } from '../../nlp/text/numerals';

/**
 * A reply to "how much does the child weigh?" is often a bare number ("15", "三十斤").
 * The entity extractor handles full sentences; this covers the short answers it may not.
 */
export function weightFromAnswer(text: string, entities: Entities = {}): number | undefined {
  const normalized = text.normalize('NFKC').toLowerCase();
  const value = firstNumber(normalized);
  // "38.6, she's 4, still playing": the number the message leads with is a temperature, not a weight.
  if (value === undefined || value === entities.temperatureC) return undefined;
  if (/斤/.test(normalized) && !/公斤/.test(normalized)) return value / 2; // 1 斤 = 0.5 kg
  if (/\b(lb|lbs|pounds?)\b/.test(normalized)) return Math.round(value * 0.4536 * 10) / 10;
  return value;
}
