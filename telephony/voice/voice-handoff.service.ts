/**
 * What happens after the line hands a caller on: the <Dial> came back (answered or not), a
 * call-back message was recorded, or Twilio reports the call's final status.
 */
import { say } from '../../core/messages';
import {
  loadCall,
  moreSerious,
  type CallRecordRepository,
  type CallState,
  type CallUpdate,
} from '../../conversation/call-records.port';
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

/** The step a webhook answers, from its URL; none on a URL from before these steps were numbered. */
export interface StepAt {
  turn: number;
  step?: number;
}

/** The TwiML a step already got, when this webhook is Twilio retrying it. */
function alreadyAnswered(call: CallState, at: StepAt): string | undefined {
  if (at.step === undefined || call.answeredSteps < at.step || call.stepTwiml === null) return undefined;
  return call.stepTwiml;
}

export class VoiceHandoffService {
  constructor(private readonly deps: HandoffDeps) {}

  /**
   * What a <Dial> came back with, at step `at.step`. Nobody answered a person's line (no-answer, busy,
   * failed): take a call-back request instead. A step already answered is Twilio's retry: it gets the
   * TwiML it got, nothing appended to the call's path twice.
   */
  async dialed(ref: CallRef, to: DialTarget, dialStatus = 'unknown', at: StepAt = { turn: 1 }): Promise<string> {
    const call = await loadCall(this.deps.calls, ref);
    const retried = alreadyAnswered(call, at);
    if (retried !== undefined) return retried;
    const stepNo = at.step ?? call.answeredSteps + 1;
    const steps = [`dial_${to}:${dialStatus}`];
    if (CONNECTED.has(dialStatus)) {
      const twiml = sayAndHangupTwiml([{ text: say(VOICE_TEXTS.goodbye, call.lang), lang: call.lang }]);
      return this.answer(call, { steps }, stepNo, twiml);
    }
    if (to === 'emergency') {
      // 120 did not pick up: the caller is told to dial it themselves even if the record cannot be written.
      const twiml = emergencyFailedTwiml(call.lang, this.deps.numbers);
      return this.answer(call, { steps }, stepNo, twiml).catch(() => twiml);
    }
    const twiml = callbackRecordTwiml(call.lang, this.deps.numbers.emergency, { turn: at.turn, step: stepNo + 1 });
    return this.answer(call, { steps: [...steps, 'callback_prompt'] }, stepNo, twiml);
  }

  /**
   * The call-back request is the recording plus the caller's number, kept on the CallRecord and as a
   * human_callback ticket (one per call, also when Twilio retries this webhook); the caller hears its
   * number. The ticket is submitted before the step is recorded as answered, so a retry after a fault in
   * between still finds it (the request key makes the second submit the same ticket).
   */
  async recorded(ref: CallRef, recordingUrl: string | undefined, at: StepAt = { turn: 1 }): Promise<string> {
    const call = await loadCall(this.deps.calls, ref);
    const retried = alreadyAnswered(call, at);
    if (retried !== undefined) return retried;
    const stepNo = at.step ?? call.answeredSteps + 1;
    const vars = { emergency: this.deps.numbers.emergency };
    if (!recordingUrl) {
      const twiml = sayAndHangupTwiml([{ text: say(VOICE_TEXTS.callbackThanks, call.lang, vars), lang: call.lang }]);
      return this.answer(call, { steps: ['callback:empty'] }, stepNo, twiml);
    }
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
    const update = {
      steps: ['callback'],
      callbackRecordingUrl: recordingUrl,
      outcome: moreSerious(call.outcome, 'callback'),
    };
    return this.answer(call, update, stepNo, sayAndHangupTwiml([{ text, lang: call.lang }]));
  }

  private async answer(call: CallState, update: CallUpdate, step: number, twiml: string): Promise<string> {
    return (await this.deps.calls.answer(call, update, { step, twiml })).twiml;
  }

  /** Twilio's status callback (CallStatus, CallDuration). */
  async status(ref: CallRef, callStatus: string, durationSec?: number): Promise<void> {
    const endedAt = FINAL.has(callStatus) ? new Date() : undefined;
    await this.deps.calls.finish(ref.callSid, ref.caller, { status: callStatus, durationSec, endedAt });
  }
}
