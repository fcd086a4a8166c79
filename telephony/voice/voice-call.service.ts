/**
 * One Twilio voice webhook in, one TwiML out. Speech goes through the same conversation engine as
 * every other channel (channel "voice", address = the caller's number, delivery id = CallSid:turn);
 * the menu itself (keys, silences, repeats) is voice-menu.ts, the TwiML is *.twiml.ts.
 */
import { say } from '../../core/messages';
import type { InboundMessage, Lang, Reply } from '../../core/types';
import type { CallerProfile, CallerRepository } from '../../conversation/callers.port';
import {
  loadCall,
  moreSerious,
  newCallState,
  type CallRecordRepository,
  type CallState,
  type CallUpdate,
} from '../../conversation/call-records.port';
import { callbackRecordTwiml, dialTwiml, type Numbers } from './connect.twiml';
import { answerSpeech, answerTwiml, askSpeech, askTwiml, menuTwiml } from './menu.twiml';
import { nextMove, type MenuDecision, type VoiceStep } from './voice-menu';
import { answeredOutcome, routeReply } from './voice-outcome';
import type { StepRef } from './voice-paths';
import { VOICE_TEXTS } from './voice-texts';

/** The fields of a Twilio voice webhook the line uses. */
export interface VoiceParams {
  callSid: string;
  /** The caller's number, or "anonymous:<CallSid>" when it is withheld. */
  caller: string;
  digits?: string;
  speech?: string;
  /** Twilio's Confidence for the speech, 0–1; absent when Twilio gives none. */
  confidence?: number;
}

export interface VoiceResult {
  twiml: string;
  /** Set when the engine answered this step. */
  reply?: Reply;
  duplicate?: boolean;
}

export interface VoiceDeps {
  engine: {
    handle(msg: InboundMessage): Promise<{ reply: Reply; duplicate: boolean }>;
    /** The screen alone: speech heard too unsurely to answer is still checked for an emergency. */
    isEmergency?(msg: Pick<InboundMessage, 'text' | 'lang'>): boolean;
  };
  calls: CallRecordRepository;
  callers: CallerRepository;
  numbers: Numbers;
  /** ELDERLY_NUMBERS: known 65+ callers until the key-population registry exists. */
  elderlyNumbers: ReadonlySet<string>;
}

const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

/** A step worked out: the TwiML for the caller and the change to the call's record. */
interface Performed {
  twiml: string;
  update: CallUpdate;
  reply?: Reply;
  duplicate?: boolean;
  /** Put through to 120: the TwiML goes out even if the record cannot be written. */
  emergency?: boolean;
}

export class VoiceCallService {
  constructor(private readonly deps: VoiceDeps) {}

  /** A new call: 65+ callers straight to a person when there is one, everyone else the menu. */
  async start(p: VoiceParams): Promise<VoiceResult> {
    const profile = await this.deps.callers.find(p.caller);
    const lang: Lang = profile?.lang ?? 'zh';
    if (this.isElderly(p.caller, profile) && this.deps.numbers.operator) {
      await this.deps.calls.open(p.callSid, p.caller, lang, {
        steps: ['elderly', 'operator'],
        outcome: 'handed_to_person',
      });
      return { twiml: dialTwiml(lang, 'operator', this.deps.numbers, { turn: 1, step: 1 }, 'elderly') };
    }
    const call = await this.deps.calls.open(p.callSid, p.caller, lang, { steps: ['menu'] });
    return {
      twiml: menuTwiml(
        call.lang,
        { turn: 1, step: call.answeredSteps + 1 },
        { greeting: true, emergency: this.deps.numbers.emergency },
      ),
    };
  }

  /**
   * The caller pressed a key, said something, or stayed silent at `step`. A step already answered is
   * Twilio retrying its webhook: it gets the TwiML it got, and no silence or key counts twice. With the
   * call record out of reach (database down) the step still runs on what the webhook says, so spoken
   * words still reach the engine and an emergency is still put through to 120.
   */
  async gather(step: VoiceStep, p: VoiceParams, at: { turn: number; step?: number }): Promise<VoiceResult> {
    const call = await this.load(p).catch((): CallState => unrecorded(p));
    if (at.step !== undefined && call.answeredSteps >= at.step && call.stepTwiml !== null)
      return { twiml: call.stepTwiml, duplicate: true };
    // A URL from before steps were numbered (a call in progress across an upgrade) counts from the record.
    const stepNo = at.step ?? call.answeredSteps + 1;
    const move = nextMove(step, { digits: p.digits, speech: p.speech, confidence: p.confidence }, call.misses);
    let decision = move.decision;
    if (decision.kind === 'unsure') {
      // Misheard words are not answered, but an emergency in them is never asked to be repeated.
      const emergency = this.deps.engine.isEmergency?.({ text: decision.text, lang: call.lang }) ?? true;
      decision = emergency ? { kind: 'question', text: decision.text } : decision.then;
    }
    const done = await this.perform(
      call,
      decision,
      { step, turn: at.turn, next: stepNo + 1 },
      {
        misses: move.misses,
        steps: [move.step],
      },
    );
    const saving = this.deps.calls.answer(call, done.update, { step: stepNo, twiml: done.twiml });
    // Recording the outcome must never stand between the caller and 120.
    const saved = done.emergency ? await saving.catch(() => ({ twiml: done.twiml, duplicate: false })) : await saving;
    return { twiml: saved.twiml, reply: done.reply, duplicate: Boolean(done.duplicate) || saved.duplicate };
  }

  /** What the step says to the caller and what it changes on the record (written once, by `gather`). */
  private async perform(
    call: CallState,
    decision: MenuDecision,
    at: { step: VoiceStep; turn: number; next: number },
    update: CallUpdate,
  ): Promise<Performed> {
    const { lang } = call;
    const next: StepRef = { turn: at.turn, step: at.next };
    switch (decision.kind) {
      case 'menu':
        return { twiml: menuTwiml(lang, next, { simpler: decision.simpler }), update };
      case 'unsure':
        return this.perform(call, decision.then, at, update);
      case 'ask': {
        const speech = askSpeech(lang, decision.topic, decision.simpler);
        return { twiml: askTwiml(lang, next, speech), update: { ...update, lastPrompt: speech } };
      }
      case 'repeat':
        return { twiml: this.repeat(call, at.step, next), update };
      case 'options':
        return { twiml: answerTwiml(lang, next, say(VOICE_TEXTS.afterAnswer, lang), false), update };
      case 'question':
        return this.question(call, decision.text, next, update);
      case 'person':
        return this.person(call, next, update);
      case 'switch_lang':
        return this.switchLang(call, next, update);
    }
  }

  private repeat(call: CallState, step: VoiceStep, next: StepRef): string {
    const speech = call.lastPrompt ?? askSpeech(call.lang, undefined);
    if (step === 'ask') return askTwiml(call.lang, next, speech);
    return answerTwiml(call.lang, next, speech, step === 'choices');
  }

  /** Every utterance is screened by the engine first; an emergency is one short line and <Dial> 120. */
  private async question(call: CallState, text: string, next: StepRef, update: CallUpdate): Promise<Performed> {
    const msg: InboundMessage = {
      channel: 'voice',
      address: call.caller,
      text,
      lang: call.lang,
      externalId: `${call.callSid}:${next.turn}`,
    };
    const { reply, duplicate } = await this.deps.engine.handle(msg);
    const steps = update.steps ?? [];
    const route = routeReply(reply);
    if (route === 'person') return { ...this.person(call, next, update), reply, duplicate };
    if (route === 'emergency') {
      const twiml = dialTwiml(call.lang, 'emergency', this.deps.numbers, next);
      const outcome = moreSerious(call.outcome, 'sent_to_120');
      return {
        twiml,
        update: { ...update, steps: [...steps, 'emergency'], outcome },
        reply,
        duplicate,
        emergency: true,
      };
    }
    const speech = answerSpeech(reply.text, call.lang, reply.choices, reply.more);
    const outcome = moreSerious(call.outcome, answeredOutcome(reply));
    const keys = Boolean(reply.choices?.length) || Boolean(reply.more);
    return {
      twiml: answerTwiml(call.lang, { turn: next.turn + 1, step: next.step }, speech, keys),
      update: { ...update, steps: [...steps, 'answer'], lastPrompt: speech, outcome },
      reply,
      duplicate,
    };
  }

  /** A person if OPERATOR_NUMBER is set, otherwise a recorded call-back request. */
  private person(call: CallState, next: StepRef, update: CallUpdate = {}): Performed {
    const steps = update.steps ?? [];
    if (!this.deps.numbers.operator) {
      return {
        twiml: callbackRecordTwiml(call.lang, this.deps.numbers.emergency, next),
        update: { ...update, steps: [...steps, 'callback_prompt'] },
      };
    }
    return {
      twiml: dialTwiml(call.lang, 'operator', this.deps.numbers, next),
      update: { ...update, steps: [...steps, 'operator'], outcome: moreSerious(call.outcome, 'handed_to_person') },
    };
  }

  private async switchLang(call: CallState, next: StepRef, update: CallUpdate): Promise<Performed> {
    const lang = OTHER[call.lang];
    // Remembered for the next call too.
    await this.deps.callers.setLang(call.caller, lang);
    return { twiml: menuTwiml(lang, next), update: { ...update, lang } };
  }

  private load(p: VoiceParams): Promise<CallState> {
    return loadCall(this.deps.calls, p);
  }

  private isElderly(phone: string, profile: CallerProfile | null): boolean {
    return Boolean(profile?.elderly) || this.deps.elderlyNumbers.has(phone);
  }
}

/** A call whose record cannot be read: what the webhook itself says, nothing remembered. */
function unrecorded(p: VoiceParams): CallState {
  return newCallState(p.callSid, p.caller, 'zh');
}
