/**
 * Treatments that put a person at high risk (State Council key populations): dialysis, chemotherapy,
 * a transplant, immunosuppression. Remembered across turns, so "my mum is on dialysis" in one message
 * counts when "she has a fever" comes in the next. The words are the red-flag lexicon's own (sign
 * `key.condition`), not a second list.
 */
import { redFlags } from '../../knowledge/red-flags';
import { createPhraseMatcher } from '../text/phrase-matcher';

const keyCondition = redFlags.signs.get('key.condition');
const matcher = createPhraseMatcher([
  { id: 'key-condition', phrases: [...(keyCondition?.phrases.zh ?? []), ...(keyCondition?.phrases.en ?? [])] },
]);

/** The high-risk treatments named, as written (normalised). */
export function extractKeyConditions(text: string): string[] {
  return [...new Set(matcher.matchAll(text).map((m) => text.slice(m.start, m.end)))];
}
