/**
 * The voice menu as a pure state machine: where the caller is, what they pressed or said, and
 * how many times in a row nothing usable came back → what happens next. No I/O, no TwiML.
 */
import type { Topic } from './menu.twiml';

/** menu: the main menu; ask: "say your question"; answer: after an answer; choices: after an answer with numbered options. */
export type VoiceStep = 'menu' | 'ask' | 'answer' | 'choices';

export interface CallerInput {
  digits?: string;
  speech?: string;
  /** Twilio's recognition confidence for the speech (0–1). */
  confidence?: number;
}

/**
 * Below this recognition confidence the words are asked for again rather than answered (after the
 * screen has found no emergency in them). Twilio gives 0–1; 0 is taken as "not computed" (Google's
 * recognisers report 0 when they give no estimate), not as certainly wrong.
 */
export const LOW_SPEECH_CONFIDENCE = 0.4;

export type MenuDecision =
  | { kind: 'menu'; simpler?: boolean }
  | { kind: 'ask'; topic?: Topic; simpler?: boolean }
  | { kind: 'repeat' }
  /** Silence after an answer: offer its keys again, shortly, without repeating the answer. */
  | { kind: 'options' }
  | { kind: 'question'; text: string }
  /** Heard too unsurely to answer: `then` (say it again, or a person) unless the screen hears an emergency. */
  | { kind: 'unsure'; text: string; then: MenuDecision }
  | { kind: 'person' }
  | { kind: 'switch_lang' };

export interface MenuMove {
  decision: MenuDecision;
  /** Consecutive misses after this input. */
  misses: number;
  /** Path entry for the call record, e.g. "menu:1", "ask:speech", "answer:silence". */
  step: string;
}

/** Two silences or no-matches in a row and a person takes over. */
export const MAX_MISSES = 2;

const MENU_KEYS: Record<string, MenuDecision> = {
  '1': { kind: 'ask', topic: 'medicine' },
  '2': { kind: 'ask', topic: 'isolation' },
  '3': { kind: 'ask', topic: 'help' },
  '9': { kind: 'switch_lang' },
};

export function nextMove(step: VoiceStep, input: CallerInput, misses: number): MenuMove {
  const speech = input.speech?.trim();
  // Anything said, at any step, is a question for the engine: it screens every utterance.
  if (speech && isUnsure(input.confidence)) {
    const count = misses + 1;
    const then: MenuDecision = count >= MAX_MISSES ? { kind: 'person' } : { kind: 'ask', simpler: true };
    return { decision: { kind: 'unsure', text: speech, then }, misses: count, step: `${step}:unsure` };
  }
  if (speech) return { decision: { kind: 'question', text: speech }, misses: 0, step: `${step}:speech` };
  const key = input.digits?.trim() ?? '';
  const decision = keyDecision(step, key);
  if (decision) return { decision, misses: 0, step: `${step}:${key}` };
  return missed(step, misses, key);
}

function isUnsure(confidence: number | undefined): boolean {
  return (
    confidence !== undefined && Number.isFinite(confidence) && confidence > 0 && confidence < LOW_SPEECH_CONFIDENCE
  );
}

function keyDecision(step: VoiceStep, key: string): MenuDecision | undefined {
  if (key === '*') return step === 'menu' ? { kind: 'menu' } : { kind: 'repeat' };
  // 0 is a person everywhere, whatever else the step offers.
  if (key === '0') return { kind: 'person' };
  if (step === 'menu') return MENU_KEYS[key];
  if (step === 'answer' && key === '1') return { kind: 'ask' };
  // The engine offered numbered options: the key is the answer, resolved by the engine like an SMS digit.
  if (step === 'choices' && /^[1-8]$/.test(key)) return { kind: 'question', text: key };
  return undefined;
}

function missed(step: VoiceStep, misses: number, key: string): MenuMove {
  const count = misses + 1;
  const entry = `${step}:${key ? 'nomatch' : 'silence'}`;
  if (count >= MAX_MISSES) return { decision: { kind: 'person' }, misses: count, step: entry };
  return { decision: simplerPrompt(step), misses: count, step: entry };
}

/** Re-prompt once, simpler: one sentence, one way out. */
function simplerPrompt(step: VoiceStep): MenuDecision {
  if (step === 'menu') return { kind: 'menu', simpler: true };
  if (step === 'ask') return { kind: 'ask', simpler: true };
  return step === 'answer' ? { kind: 'options' } : { kind: 'repeat' };
}
