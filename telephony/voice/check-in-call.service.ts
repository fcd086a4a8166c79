/**
 * The automated check-in call: Twilio fetches its TwiML after calls.create. One question (1 well,
 * 2 help, 0 a person, or speech); the answer goes through the conversation engine like every voice
 * turn (channel voice, address = the number called), so an emergency is put through to 120.
 */
import type { InboundMessage, Reply } from '../../core/types';
import { say } from '../../core/messages';
import { CHECK_IN_TEXTS } from '../../core/check-in-texts';
import { dialTwiml, type Numbers } from './connect.twiml';
import { gatherTwiml, sayAndHangupTwiml } from './speech.twiml';
import { checkInAnswerUrl } from './voice-paths';
import type { VoiceResult } from './voice-call.service';

export interface CheckInCallDeps {
  engine: { handle(msg: InboundMessage): Promise<{ reply: Reply; duplicate: boolean }> };
  numbers: Numbers;
  /** Records how the call ended on its attempt. */
  callStatus?: (callSid: string, status: string) => Promise<void>;
}

export class CheckInCallService {
  constructor(private readonly deps: CheckInCallDeps) {}

  start(checkInId: string): string {
    return gatherTwiml(checkInAnswerUrl(checkInId), 'zh', [{ text: say(CHECK_IN_TEXTS.voice, 'zh'), lang: 'zh' }]);
  }

  async answer(p: { callSid: string; to: string; digits?: string; speech?: string }): Promise<VoiceResult> {
    const text = (p.digits || p.speech || '').trim();
    const vars = { emergency: this.deps.numbers.emergency };
    if (!text)
      return { twiml: sayAndHangupTwiml([{ text: say(CHECK_IN_TEXTS.voiceNoAnswer, 'zh', vars), lang: 'zh' }]) };
    const { reply, duplicate } = await this.deps.engine.handle({
      channel: 'voice',
      address: p.to,
      text,
      lang: 'zh',
      externalId: `${p.callSid}:checkin`,
    });
    // The <Dial> comes back as the call record's first step (a check-in call has no menu steps).
    const next = { turn: 1, step: 1 };
    if (reply.triage === 'emergency' || reply.action === 'call_emergency')
      return { twiml: dialTwiml(reply.lang, 'emergency', this.deps.numbers, next), reply, duplicate };
    if (p.digits === '0' && this.deps.numbers.operator)
      return { twiml: dialTwiml(reply.lang, 'operator', this.deps.numbers, next), reply, duplicate };
    return { twiml: sayAndHangupTwiml([{ text: reply.text, lang: reply.lang }]), reply, duplicate };
  }

  async status(callSid: string, status: string): Promise<void> {
    await this.deps.callStatus?.(callSid, status);
  }
}
