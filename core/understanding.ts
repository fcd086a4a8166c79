/**
 * The three steps that understand a message, as the conversation engine sees them. Each is pure,
 * synchronous and free of I/O, so the engine can run them on every turn — the emergency screen
 * first — even when the database is down. triage/ and nlp/ implement them.
 */
import type { Classification, Entities, Facts, Lang, Screening } from './types';

/** Numbers and facts in one message (temperature, SpO2, ages, medicines, dates…). */
export interface EntityExtractor {
  /** The language of a message that does not say: any Han character means Chinese. */
  detectLang(text: string): Lang;
  /** @param facts what earlier turns established, where it changes how a number is read */
  extract(text: string, lang: Lang, now: Date, facts?: Facts): Entities;
}

/** How long an emergency found earlier in a conversation colours its follow-up turns. */
export const EMERGENCY_MEMORY_MS = 6 * 60 * 60 * 1000;

/**
 * The person's last messages the screen reads together with a new one, so a symptom said in one turn
 * and its companion in the next are seen together: at most this many, this recent, this long.
 */
export const RECENT_TURNS = { count: 2, withinMs: 60 * 60 * 1000, chars: 240 } as const;

/** The recent turns still recent at `now`, oldest first. */
export function recentTurns(facts: Facts | undefined, now: Date): NonNullable<Facts['recent']> {
  return (facts?.recent ?? []).filter((r) => {
    const age = now.getTime() - new Date(r.at).getTime();
    return age >= 0 && age <= RECENT_TURNS.withinMs;
  });
}

export interface ScreenInput {
  text: string;
  lang: Lang;
  /** From the EntityExtractor on the same text. */
  entities: Entities;
  /** What earlier turns established (age, pregnancy, conditions, an emergency already found). */
  facts?: Facts;
  /** When the message was received: an earlier emergency counts for a while, not for ever. */
  now?: Date;
}

/**
 * The screen on one message alone, with nothing remembered (what is known while the database is down),
 * and what it read. Computed once per message — by the service in front of the routes, before it may
 * refuse the message — and handed on with it, so the engine does not screen the same words again.
 */
export interface FirstScreen {
  /** The message as screened (made safe, core/sanitize.ts). */
  text: string;
  lang: Lang;
  /** When it was screened: the turn's time ("今天" counts from it). */
  now: Date;
  entities: Entities;
  screening: Screening;
}

/** The deterministic emergency screen and what it tells the person. */
export interface EmergencyScreen {
  screen(input: ScreenInput): Screening;
  /** Call the emergency number now, and what to do while waiting; short enough to be spoken. */
  emergencyAdvice(screening: Screening, lang: Lang): string;
  /** See a clinician today (not the emergency number), and when that changes. */
  urgentAdvice(screening: Screening, lang: Lang): string;
  /**
   * Something else heard a possible emergency the screen did not confirm (the intent classifier): the
   * deciding questions for what this message says, and the number to call if the answer is yes.
   */
  possibleEmergencyAdvice(text: string, lang: Lang, pregnant?: boolean): string;
}

/** Turns one utterance into an intent; implementations load their model first. */
export interface IntentClassifier {
  classify(text: string, lang: Lang): Classification;
}
