/**
 * What happens after the line hands a caller on: the <Dial> came back (answered or not), a
 * call-back message was recorded, or Twilio reports the call's final status.
 */
import { say } from '../../core/messages';
import { loadCall, moreSerious, type CallRecordRepository } from '../../conversation/call-records.port';
import type { TicketDesk } from '../../conversation/tickets.port';
import { callbackRecordTwiml, emergencyFailedTwiml, type Numbers } from './connect.twiml';
import { sayAndHangupTwiml } from './speech.twiml';
import { spokenTicketId } from './speakable';
import type { DialTarget } from './voice-paths';
import { VOICE_TEXTS } from './voice-texts';

export interface CallRef {
  callSid: string;
  caller: string;
}

/** DialCallStatus values meaning somebody picked up. */
const CONNECTED = new Set(['completed', 'answered']);
/** CallStatus values after which the call is over. */
const FINAL = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

export interface HandoffDeps {
  calls: CallRecordRepository;
  numbers: Numbers;
  /** A call-back message becomes a human_callback ticket. */
  tickets: Pick<TicketDesk, 'submit'>;
}

const PHONE = /^\+?[0-9]{3,15}$/;

export class VoiceHandoffService {
  constructor(private readonly deps: HandoffDeps) {}

  /** Nobody answered a person's line (no-answer, busy, failed): take a call-back request instead. */
  async dialed(ref: CallRef, to: DialTarget, dialStatus = 'unknown'): Promise<string> {
    const call = await loadCall(this.deps.calls, ref);
    const steps = [`dial_${to}:${dialStatus}`];
    if (CONNECTED.has(dialStatus)) {
      await this.deps.calls.save(call, { steps });
      return sayAndHangupTwiml([{ text: say(VOICE_TEXTS.goodbye, call.lang), lang: call.lang }]);
    }
    if (to === 'emergency') {
      await this.deps.calls.save(call, { steps });
      return emergencyFailedTwiml(call.lang, this.deps.numbers);
    }
    await this.deps.calls.save(call, { steps: [...steps, 'callback_prompt'] });
    return callbackRecordTwiml(call.lang, this.deps.numbers.emergency);
  }

  /**
   * The call-back request is the recording plus the caller's number, kept on the CallRecord and as a
   * human_callback ticket (one per call, also when Twilio retries this webhook); the caller hears its number.
   */
  async recorded(ref: CallRef, recordingUrl: string | undefined): Promise<string> {
    const call = await loadCall(this.deps.calls, ref);
    const vars = { emergency: this.deps.numbers.emergency };
    if (!recordingUrl)
      return sayAndHangupTwiml([{ text: say(VOICE_TEXTS.callbackThanks, call.lang, vars), lang: call.lang }]);
    await this.deps.calls.save(call, {
      steps: ['callback'],
      callbackRecordingUrl: recordingUrl,
      outcome: moreSerious(call.outcome, 'callback'),
    });
    const result = await this.deps.tickets.submit({
      requestKey: `call:${call.callSid}`,
      service: 'human_callback',
      channel: 'voice',
      lang: call.lang,
      actor: 'resident',
      phone: PHONE.test(call.caller) ? call.caller : undefined,
      recordingUrl,
      description: call.lang === 'zh' ? '电话留言，请回电' : 'Voice message: call back',
    });
    const text = result.ok
      ? say(VOICE_TEXTS.callbackBooked, call.lang, { ...vars, id: spokenTicketId(result.ticket.id, call.lang) })
      : say(VOICE_TEXTS.callbackThanks, call.lang, vars);
    return sayAndHangupTwiml([{ text, lang: call.lang }]);
  }

  /** Twilio's status callback (CallStatus, CallDuration). */
  async status(ref: CallRef, callStatus: string, durationSec?: number): Promise<void> {
    const endedAt = FINAL.has(callStatus) ? new Date() : undefined;
    await this.deps.calls.finish(ref.callSid, ref.caller, { status: callStatus, durationSec, endedAt });
  }
}
