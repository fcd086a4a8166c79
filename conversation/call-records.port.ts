import type { Lang } from '../core/types';

/** How a call ended up, most serious last (see voice-outcome.ts for how they combine). */
export const CALL_OUTCOMES = ['answered', 'diverted_from_120', 'handed_to_person', 'callback', 'sent_to_120'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** A call can go through several outcomes; the most serious one is kept. */
export function moreSerious(current: CallOutcome | null, next: CallOutcome): CallOutcome {
  if (!current) return next;
  return CALL_OUTCOMES.indexOf(next) > CALL_OUTCOMES.indexOf(current) ? next : current;
}

/** The part of a CallRecord a voice step reads. */
export interface CallState {
  callSid: string;
  caller: string;
  lang: Lang;
  outcome: CallOutcome | null;
  /** Menu steps taken so far, e.g. ["menu", "1", "question", "answer", "*"]. */
  path: string[];
  /** Consecutive silences / no-matches. */
  misses: number;
  /** What the caller heard last, for "*" to repeat. */
  lastPrompt: string | null;
  /** Raised by every change; a change is written onto the version it was decided on. */
  version: number;
  /** Menu steps (Gather webhooks) answered so far, and the TwiML the last of them got. */
  answeredSteps: number;
  stepTwiml: string | null;
}

/** A call as it starts: nothing heard, nothing answered, no outcome yet. */
export function newCallState(callSid: string, caller: string, lang: Lang): CallState {
  return {
    callSid,
    caller,
    lang,
    outcome: null,
    path: [],
    misses: 0,
    lastPrompt: null,
    version: 0,
    answeredSteps: 0,
    stepTwiml: null,
  };
}

/** A menu step answered: its number (from the Gather's action URL) and the TwiML it got. */
export interface AnsweredStep {
  step: number;
  twiml: string;
}

/** What a voice step changes; steps are appended to the path. */
export interface CallUpdate {
  lang?: Lang;
  outcome?: CallOutcome;
  steps?: string[];
  misses?: number;
  lastPrompt?: string;
  callbackRecordingUrl?: string;
}

export interface CallEnd {
  status: string;
  durationSec?: number;
  endedAt?: Date;
}

/** db/call-record.repository.ts implements it. */
export interface CallRecordRepository {
  /** The record of this call, created on the first webhook; a retried first webhook gets the same one. */
  open(callSid: string, caller: string, lang: Lang, first?: CallUpdate): Promise<CallState>;
  find(callSid: string): Promise<CallState | null>;
  /**
   * Writes `update` onto `current` (the state the step read) and returns the new state. Atomic: written
   * only onto the version `current` has; when another change came in between, `update` is applied onto
   * that one (steps appended, the more serious outcome kept), so neither change is lost.
   */
  save(current: CallState, update: CallUpdate): Promise<CallState>;
  /**
   * `save`, recording menu step `answered.step` as answered with its TwiML, unless that step was already
   * answered (Twilio retried its webhook): then nothing is written and the TwiML it got is returned.
   */
  answer(
    current: CallState,
    update: CallUpdate,
    answered: AnsweredStep,
  ): Promise<{ twiml: string; duplicate: boolean }>;
  /** Twilio's status callback: the call's final status and duration. */
  finish(callSid: string, caller: string, end: CallEnd): Promise<void>;
}

/** The call's record; a step of a call whose first webhook never reached us starts one. */
export async function loadCall(
  calls: CallRecordRepository,
  p: { callSid: string; caller: string },
): Promise<CallState> {
  return (await calls.find(p.callSid)) ?? (await calls.open(p.callSid, p.caller, 'zh'));
}
