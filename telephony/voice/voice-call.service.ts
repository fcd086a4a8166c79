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
  type CallRecordRepository,
  type CallState,
  type CallUpdate,
} from '../../conversation/call-records.port';
import { callbackRecordTwiml, dialTwiml, type Numbers } from './connect.twiml';
import { answerSpeech, answerTwiml, askSpeech, askTwiml, menuTwiml } from './menu.twiml';
import { nextMove, type MenuDecision, type VoiceStep } from './voice-menu';
import { answeredOutcome, moreSerious, routeReply } from './voice-outcome';
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
      return { twiml: dialTwiml(lang, 'operator', this.deps.numbers, 'elderly') };
    }
    await this.deps.calls.open(p.callSid, p.caller, lang, { steps: ['menu'] });
    return { twiml: menuTwiml(lang, 1, { greeting: true, emergency: this.deps.numbers.emergency }) };
  }

  /**
   * The caller pressed a key, said something, or stayed silent at `step`. With the call record out of
   * reach (database down) the step still runs on what the webhook says, so spoken words still reach
   * the engine and an emergency is still put through to 120.
   */
  async gather(step: VoiceStep, p: VoiceParams, turn: number): Promise<VoiceResult> {
    const call = await this.load(p).catch((): CallState => unrecorded(p));
    const move = nextMove(step, { digits: p.digits, speech: p.speech, confidence: p.confidence }, call.misses);
    let decision = move.decision;
    if (decision.kind === 'unsure') {
      // Misheard words are not answered, but an emergency in them is never asked to be repeated.
      const emergency = this.deps.engine.isEmergency?.({ text: decision.text, lang: call.lang }) ?? true;
      decision = emergency ? { kind: 'question', text: decision.text } : decision.then;
    }
    return this.perform(call, decision, { step, turn }, { misses: move.misses, steps: [move.step] });
  }

  private async perform(
    call: CallState,
    decision: MenuDecision,
    at: { step: VoiceStep; turn: number },
    update: CallUpdate,
  ): Promise<VoiceResult> {
    const { lang } = call;
    switch (decision.kind) {
      case 'menu':
        await this.deps.calls.save(call, update);
        return { twiml: menuTwiml(lang, at.turn, { simpler: decision.simpler }) };
      case 'unsure':
        return this.perform(call, decision.then, at, update);
      case 'ask': {
        const speech = askSpeech(lang, decision.topic, decision.simpler);
        await this.deps.calls.save(call, { ...update, lastPrompt: speech });
        return { twiml: askTwiml(lang, at.turn, speech) };
      }
      case 'repeat':
        await this.deps.calls.save(call, update);
        return { twiml: this.repeat(call, at) };
      case 'options':
        await this.deps.calls.save(call, update);
        return { twiml: answerTwiml(lang, at.turn, say(VOICE_TEXTS.afterAnswer, lang), false) };
      case 'question':
        return this.question(call, decision.text, at.turn, update);
      case 'person':
        return { twiml: await this.person(call, update) };
      case 'switch_lang':
        return { twiml: await this.switchLang(call, at.turn, update) };
    }
  }

  private repeat(call: CallState, at: { step: VoiceStep; turn: number }): string {
    const speech = call.lastPrompt ?? askSpeech(call.lang, undefined);
    if (at.step === 'ask') return askTwiml(call.lang, at.turn, speech);
    return answerTwiml(call.lang, at.turn, speech, at.step === 'choices');
  }

  /** Every utterance is screened by the engine first; an emergency is one short line and <Dial> 120. */
  private async question(call: CallState, text: string, turn: number, update: CallUpdate): Promise<VoiceResult> {
    const msg: InboundMessage = {
      channel: 'voice',
      address: call.caller,
      text,
      lang: call.lang,
      externalId: `${call.callSid}:${turn}`,
    };
    const { reply, duplicate } = await this.deps.engine.handle(msg);
    const steps = update.steps ?? [];
    const route = routeReply(reply);
    if (route === 'person') return { twiml: await this.person(call, update), reply, duplicate };
    if (route === 'emergency') {
      const twiml = dialTwiml(call.lang, 'emergency', this.deps.numbers);
      // Recording the outcome must never stand between the caller and 120.
      await this.deps.calls
        .save(call, { ...update, steps: [...steps, 'emergency'], outcome: moreSerious(call.outcome, 'sent_to_120') })
        .catch(() => undefined);
      return { twiml, reply, duplicate };
    }
    const speech = answerSpeech(reply.text, call.lang, reply.choices, reply.more);
    const outcome = moreSerious(call.outcome, answeredOutcome(reply));
    await this.deps.calls.save(call, { ...update, steps: [...steps, 'answer'], lastPrompt: speech, outcome });
    const keys = Boolean(reply.choices?.length) || Boolean(reply.more);
    return { twiml: answerTwiml(call.lang, turn + 1, speech, keys), reply, duplicate };
  }

  /** A person if OPERATOR_NUMBER is set, otherwise a recorded call-back request. */
  private async person(call: CallState, update: CallUpdate = {}): Promise<string> {
    const steps = update.steps ?? [];
    if (!this.deps.numbers.operator) {
      await this.deps.calls.save(call, { ...update, steps: [...steps, 'callback_prompt'] });
      return callbackRecordTwiml(call.lang, this.deps.numbers.emergency);
    }
    await this.deps.calls.save(call, {
      ...update,
      steps: [...steps, 'operator'],
      outcome: moreSerious(call.outcome, 'handed_to_person'),
    });
    return dialTwiml(call.lang, 'operator', this.deps.numbers);
  }

  private async switchLang(call: CallState, turn: number, update: CallUpdate): Promise<string> {
    const lang = OTHER[call.lang];
    // Remembered for the next call too.
    await Promise.all([this.deps.calls.save(call, { ...update, lang }), this.deps.callers.setLang(call.caller, lang)]);
    return menuTwiml(lang, turn);
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
  return { callSid: p.callSid, caller: p.caller, lang: 'zh', outcome: null, path: [], misses: 0, lastPrompt: null };
}
