/**
 * Where each step of a call posts next. Everything a retried webhook needs to be answered the
 * same way travels in the URL Twilio signs: `turn` numbers the engine turns of the call (the
 * delivery id is CallSid:turn), `step` numbers the steps — menus, and what a <Dial> or a <Record>
 * came back with (a step already answered is Twilio's retry, answered with the TwiML it got, nothing
 * counted or recorded twice), `choices` says the last answer offered numbered options.
 */
export const VOICE_PATHS = {
  start: '/twilio/voice',
  menu: '/twilio/voice/menu',
  ask: '/twilio/voice/ask',
  answer: '/twilio/voice/answer',
  dialed: '/twilio/voice/dialed',
  callback: '/twilio/voice/callback',
  status: '/twilio/voice/status',
  /** An automated check-in call of a key person (Twilio fetches it after calls.create). */
  checkIn: '/twilio/voice/checkin',
  checkInAnswer: '/twilio/voice/checkin/answer',
  checkInStatus: '/twilio/voice/checkin/status',
} as const;

export type DialTarget = 'operator' | 'emergency';

/** Where the next webhook of a call stands: the engine turn it belongs to and the menu step it answers. */
export interface StepRef {
  turn: number;
  step: number;
}

const at = (ref: StepRef) => `turn=${ref.turn}&step=${ref.step}`;
export const menuUrl = (ref: StepRef) => `${VOICE_PATHS.menu}?${at(ref)}`;
export const askUrl = (ref: StepRef) => `${VOICE_PATHS.ask}?${at(ref)}`;
export const answerUrl = (ref: StepRef, choices: boolean) =>
  `${VOICE_PATHS.answer}?${at(ref)}${choices ? '&choices=1' : ''}`;
/** A <Dial>'s and a <Record>'s action are numbered steps too: a retried one acts once. */
export const dialedUrl = (to: DialTarget, ref: StepRef) => `${VOICE_PATHS.dialed}?to=${to}&${at(ref)}`;
export const callbackUrl = (ref: StepRef) => `${VOICE_PATHS.callback}?${at(ref)}`;
export const checkInUrl = (id: string) => `${VOICE_PATHS.checkIn}?c=${id}`;
export const checkInAnswerUrl = (id: string) => `${VOICE_PATHS.checkInAnswer}?c=${id}`;
export const checkInStatusUrl = (id: string) => `${VOICE_PATHS.checkInStatus}?c=${id}`;
