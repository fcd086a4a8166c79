import type { Classification, Lang } from '../conversation/types';

/**
 * Turns one utterance into an intent. Synchronous and side-effect free, so the conversation
 * engine can call it on every turn without awaiting; implementations load their model first.
 */
export interface IntentClassifier {
  classify(text: string, lang: Lang): Classification;
}

/**
 * Below this top score the engine should ask a clarifying question instead of answering.
 *
 * Scores are normalised over intents (they sum to 1). Measured on 5-fold cross-validation of
 * the corpus (3,491 predictions; `npx tsx scripts/eval-intents.ts --cv=5`):
 *   < 0.5 catches 19 % of the errors and turns 1.0 % of correct answers into a question,
 *   < 0.6 catches 37 % for 3.3 %,  < 0.7 catches 53 % for 6.9 %.
 * Above 0.6 each extra error caught costs two to three needless questions. A wrong answer on a
 * health line costs more than one clarifying turn (which can offer the runner-up intents as
 * choices), so 0.6. Held-out set: 11 of 22 errors caught, 16 of 590 correct answers questioned.
 */
export const LOW_CONFIDENCE = 0.6;

/** True when a classification is too unsure to act on. */
export function isLowConfidence(c: Classification): boolean {
  return c.score < LOW_CONFIDENCE;
}
