/**
 * What happens after the line hands a caller on: the <Dial> came back (answered or not), a
 * call-back message was recorded, or Twilio reports the call's final status.
 */
import { say } from '../../core/messages';
import { loadCall, type CallRecordRepository } from '../../conversation/call-records.port';
import { callbackRecordTwiml, emergencyFailedTwiml, type Numbers } from './connect.twiml';
import { sayAndHangupTwiml } from './speech.twiml';
import { moreSerious } from './voice-outcome';
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
}

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
   * The call-back request is the recording plus the caller's number, kept on the CallRecord.
   * It becomes a ticket once the ticket module exists; until then nothing pretends to be one.
   */
  async recorded(ref: CallRef, recordingUrl: string | undefined): Promise<string> {
    const call = await loadCall(this.deps.calls, ref);
    if (recordingUrl) {
      await this.deps.calls.save(call, {
        steps: ['callback'],
        callbackRecordingUrl: recordingUrl,
        outcome: moreSerious(call.outcome, 'callback'),
      });
    }
    const text = say(VOICE_TEXTS.callbackThanks, call.lang, { emergency: this.deps.numbers.emergency });
    return sayAndHangupTwiml([{ text, lang: call.lang }]);
  }

  /** Twilio's status callback (CallStatus, CallDuration). */
  async status(ref: CallRef, callStatus: string, durationSec?: number): Promise<void> {
    const endedAt = FINAL.has(callStatus) ? new Date() : undefined;
    await this.deps.calls.finish(ref.callSid, ref.caller, { status: callStatus, durationSec, endedAt });
  }
}
