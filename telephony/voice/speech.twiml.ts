/**
 * The building blocks every voice TwiML is made of: a line spoken slowly in the caller's
 * language, and a <Gather> that listens for a key or speech at every step.
 */
import twilio from 'twilio';
import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse';
import type { Lang } from '../../core/types';
import { speakable } from './speakable';

export interface Line {
  text: string;
  lang: Lang;
}

const VOICES = {
  zh: { language: 'cmn-CN', voice: 'Polly.Zhiyu' },
  en: { language: 'en-US', voice: 'Polly.Joanna' },
} as const satisfies Record<Lang, VoiceResponse.SayAttributes>;

const RECOGNITION = { zh: 'cmn-Hans-CN', en: 'en-US' } as const satisfies Record<
  Lang,
  VoiceResponse.GatherAttributes['language']
>;

/** Words the recogniser should expect, emergencies included so they are not misheard. */
const HINTS: Record<Lang, string> = {
  zh: '用药,布洛芬,对乙酰氨基酚,感冒药,发烧,居家隔离,送药,接送,家庭医生,人工,叫不醒,呼吸困难,胸痛',
  en: 'medicine,ibuprofen,paracetamol,fever,isolation,delivery,transport,doctor,person,breathing,chest pain',
};

/** Slower than Polly's default: most callers are elderly. */
const RATE = '90%';
/** Seconds of silence before a step counts as no answer; long enough to find a key. */
const GATHER_TIMEOUT = 8;

type Speaker = Pick<VoiceResponse, 'say'> | Pick<VoiceResponse.Gather, 'say'>;

export function speak(target: Speaker, line: Line): void {
  target.say(VOICES[line.lang], '').prosody({ rate: RATE }, speakable(line.text, line.lang));
}

/**
 * One step of the call: the lines inside a <Gather> (so a caller can answer before the end),
 * one key or speech. actionOnEmptyResult brings silence to the same action, where it counts as a miss.
 * No speechModel: Twilio rejects it together with speechTimeout="auto".
 */
export function gatherTwiml(action: string, lang: Lang, lines: readonly Line[]): string {
  const response = new twilio.twiml.VoiceResponse();
  const gather = response.gather({
    input: ['dtmf', 'speech'],
    language: RECOGNITION[lang],
    hints: HINTS[lang],
    action,
    method: 'POST',
    timeout: GATHER_TIMEOUT,
    speechTimeout: 'auto',
    numDigits: 1,
    actionOnEmptyResult: true,
  });
  for (const line of lines) speak(gather, line);
  return response.toString();
}

/** Lines, then hang up. */
export function sayAndHangupTwiml(lines: readonly Line[]): string {
  const response = new twilio.twiml.VoiceResponse();
  for (const line of lines) speak(response, line);
  response.hangup();
  return response.toString();
}

/** For status callbacks: Twilio ignores the body, an empty <Response/> is the polite answer. */
export function emptyVoiceTwiml(): string {
  return new twilio.twiml.VoiceResponse().toString();
}
