/** TwiML that hands the caller on: to 120, to a person, or to a recorded call-back request. */
import twilio from 'twilio';
import type { Lang } from '../../core/types';
import { say } from '../../core/messages';
import { speak, type Line } from './speech.twiml';
import { VOICE_TEXTS, type VoiceTextKey } from './voice-texts';
import { callbackUrl, dialedUrl, type DialTarget, type StepRef } from './voice-paths';

/** Seconds a person's phone rings before it counts as no answer. */
const RING_SECONDS = 25;
/** Longest call-back message, seconds. */
const MAX_RECORDING = 120;

export interface Numbers {
  emergency: string;
  operator?: string;
}

/**
 * One short line, then <Dial>; what happened comes back to /twilio/voice/dialed as step `next`.
 * 65+ callers hear the "elderly" greeting instead and go straight to a person (一键呼入).
 */
export function dialTwiml(
  lang: Lang,
  to: DialTarget,
  numbers: Numbers,
  next: StepRef,
  intro: VoiceTextKey = to,
): string {
  const number = to === 'emergency' ? numbers.emergency : numbers.operator;
  if (!number) throw new Error('dialTwiml: no operator number configured');
  const response = new twilio.twiml.VoiceResponse();
  speak(response, line(intro, lang, numbers));
  response.dial({ action: dialedUrl(to, next), method: 'POST', timeout: RING_SECONDS }, number);
  return response.toString();
}

/**
 * Nobody can take the call: record what the caller needs (it comes back as step `next`). When nothing
 * is recorded Twilio skips the action and plays what follows <Record>.
 */
export function callbackRecordTwiml(lang: Lang, emergency: string, next: StepRef): string {
  const response = new twilio.twiml.VoiceResponse();
  speak(response, line('callback', lang, { emergency }));
  response.record({
    action: callbackUrl(next),
    method: 'POST',
    maxLength: MAX_RECORDING,
    playBeep: true,
    finishOnKey: '#',
    timeout: 8,
  });
  speak(response, line('noRecording', lang, { emergency }));
  response.hangup();
  return response.toString();
}

/** 120 did not pick up: tell the caller to dial it themselves, and put a person on the line if there is one. */
export function emergencyFailedTwiml(lang: Lang, numbers: Numbers): string {
  const response = new twilio.twiml.VoiceResponse();
  speak(response, line('emergencyFailed', lang, numbers));
  if (numbers.operator) response.dial({ timeout: RING_SECONDS }, numbers.operator);
  else response.hangup();
  return response.toString();
}

/**
 * Whatever failed, the caller is not left in silence: a person if there is one, otherwise the
 * number to call. The <Dial> has no action, so a second fault cannot loop the caller.
 */
export function apologyTwiml(lang: Lang, numbers: Numbers): string {
  const response = new twilio.twiml.VoiceResponse();
  if (numbers.operator) {
    speak(response, line('apology', lang, numbers));
    response.dial({ timeout: RING_SECONDS }, numbers.operator);
  }
  speak(response, line('apologyNoDesk', lang, numbers));
  response.hangup();
  return response.toString();
}

function line(key: VoiceTextKey, lang: Lang, numbers: Numbers): Line {
  return { text: say(VOICE_TEXTS[key], lang, { emergency: numbers.emergency }), lang };
}
