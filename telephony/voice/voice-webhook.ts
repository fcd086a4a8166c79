/** The Twilio voice webhook on the wire: form fields and query, and what the line takes from them. */
import type { VoiceParams } from './voice-call.service';
import type { DialTarget } from './voice-paths';
import type { VoiceStep } from './voice-menu';

export interface VoiceWebhook {
  CallSid: string;
  From?: string;
  /** The number called: the key person on an automated check-in call. */
  To?: string;
  Digits?: string;
  SpeechResult?: string;
  /** Twilio's recognition confidence for SpeechResult, "0.0"–"1.0". */
  Confidence?: string;
  DialCallStatus?: string;
  RecordingUrl?: string;
  CallStatus?: string;
  CallDuration?: string;
}

export interface VoiceQuery {
  turn?: string;
  step?: string;
  choices?: '1';
  to?: DialTarget;
  /** The check-in an automated call belongs to. */
  c?: string;
}

export type VoiceRequest = { Body: VoiceWebhook; Querystring: VoiceQuery };

const text = (max: number) => ({ type: 'string', maxLength: max });
/** Ids, numbers, statuses and URLs never carry control characters (PostgreSQL refuses NUL in text): a 400. */
const token = (max: number) => ({ type: 'string', maxLength: max, pattern: '^[^\\u0000-\\u001f]*$' });

export const voiceWebhookSchema = {
  hide: true,
  body: {
    type: 'object',
    required: ['CallSid'],
    properties: {
      CallSid: { type: 'string', pattern: '^[A-Za-z0-9]{1,64}$' },
      From: token(64),
      To: token(64),
      Digits: token(32),
      SpeechResult: text(2000),
      Confidence: { type: 'string', pattern: '^(?:0(?:\\.[0-9]+)?|1(?:\\.0+)?|\\.[0-9]+)$' },
      DialCallStatus: token(32),
      RecordingUrl: token(500),
      CallStatus: token(32),
      CallDuration: { type: 'string', pattern: '^[0-9]{0,7}$' },
    },
  },
  querystring: {
    type: 'object',
    properties: {
      turn: { type: 'string', pattern: '^[0-9]{1,4}$' },
      step: { type: 'string', pattern: '^[0-9]{1,4}$' },
      choices: { type: 'string', enum: ['1'] },
      to: { type: 'string', enum: ['operator', 'emergency'] },
      c: { type: 'string', pattern: '^[0-9a-f-]{36}$' },
    },
  },
};

const PHONE = /^\+?[0-9]{3,15}$/;

export function voiceParams(body: VoiceWebhook): VoiceParams {
  // Withheld numbers ("anonymous", "client:…") must not share one conversation: key them by the call.
  const caller = body.From && PHONE.test(body.From) ? body.From : `anonymous:${body.CallSid}`;
  const confidence = body.Confidence === undefined ? undefined : Number(body.Confidence);
  return { callSid: body.CallSid, caller, digits: body.Digits, speech: body.SpeechResult, confidence };
}

/** The engine turn and, on URLs the line made (not older ones of a call in progress), the menu step. */
export function stepOf(query: VoiceQuery): { turn: number; step?: number } {
  return { turn: Number(query.turn ?? 1), step: query.step === undefined ? undefined : Number(query.step) };
}

export function answerStep(query: VoiceQuery): VoiceStep {
  return query.choices === '1' ? 'choices' : 'answer';
}

export function durationOf(body: VoiceWebhook): number | undefined {
  return body.CallDuration ? Number(body.CallDuration) : undefined;
}
