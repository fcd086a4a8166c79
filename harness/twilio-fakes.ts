/** In-memory stand-ins for the telephony channel's ports, for unit tests without a database. */
import type { InboundMessage, Reply } from '../core/types';
import type { CallerProfile, CallerRepository } from '../conversation/callers.port';
import {
  moreSerious,
  newCallState,
  type AnsweredStep,
  type CallEnd,
  type CallRecordRepository,
  type CallState,
  type CallUpdate,
} from '../conversation/call-records.port';
import type { Lang } from '../core/types';
import type { OutsideRequest, SubmitResult, TicketDesk, TicketRecord } from '../conversation/tickets.port';

export class MemoryCallers implements CallerRepository {
  readonly rows = new Map<string, CallerProfile>();

  add(profile: Partial<CallerProfile> & { phone: string }): void {
    this.rows.set(profile.phone, { lang: null, elderly: false, smsOptOut: false, ...profile });
  }

  async find(phone: string) {
    return this.rows.get(phone) ?? null;
  }

  async setSmsOptOut(phone: string, smsOptOut: boolean) {
    this.add({ ...(this.rows.get(phone) ?? { phone }), smsOptOut });
  }

  async setLang(phone: string, lang: Lang) {
    this.add({ ...(this.rows.get(phone) ?? { phone }), lang });
  }
}

export type StoredCall = CallState & { callbackRecordingUrl?: string; end?: CallEnd };

export class MemoryCalls implements CallRecordRepository {
  readonly rows = new Map<string, StoredCall>();

  async open(callSid: string, caller: string, lang: Lang, first: CallUpdate = {}) {
    const existing = this.rows.get(callSid);
    if (existing) return existing;
    const blank: StoredCall = newCallState(callSid, caller, lang);
    this.rows.set(callSid, blank);
    return this.save(blank, first);
  }

  async find(callSid: string) {
    return this.rows.get(callSid) ?? null;
  }

  /** Like the database's conditional update: applied onto whatever the record holds now. */
  async save(current: CallState, update: CallUpdate, answered?: AnsweredStep) {
    const { steps = [], ...rest } = update;
    const base = this.rows.get(current.callSid) ?? current;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const next: StoredCall = {
      ...base,
      ...defined,
      outcome: update.outcome ? moreSerious(base.outcome, update.outcome) : base.outcome,
      path: [...base.path, ...steps],
      version: base.version + 1,
      ...(answered ? { answeredSteps: answered.step, stepTwiml: answered.twiml } : {}),
    };
    this.rows.set(current.callSid, next);
    return next;
  }

  async answer(current: CallState, update: CallUpdate, answered: AnsweredStep) {
    const base = this.rows.get(current.callSid);
    if (base && base.answeredSteps >= answered.step)
      return { twiml: base.stepTwiml ?? answered.twiml, duplicate: true };
    await this.save(current, update, answered);
    return { twiml: answered.twiml, duplicate: false };
  }

  async finish(callSid: string, caller: string, end: CallEnd) {
    const row = this.rows.get(callSid) ?? (await this.open(callSid, caller, 'zh'));
    this.rows.set(callSid, { ...row, end });
  }
}

export function reply(text: string, extra: Partial<Reply> = {}): Reply {
  return { text, lang: 'zh', intent: 'greeting', triage: 'none', ticket: null, ...extra };
}

/** Answers with `respond`, and like the real engine answers a repeated delivery id from its store. */
export class ScriptedEngine {
  readonly received: InboundMessage[] = [];
  private readonly delivered = new Map<string, Reply>();

  constructor(private respond: (msg: InboundMessage) => Reply = (m) => reply(`答复：${m.text}`)) {}

  /** The screen alone, as the real engine offers it: what `respond` would call an emergency. */
  isEmergency(msg: Pick<InboundMessage, 'text' | 'lang'>): boolean {
    return this.respond({ channel: 'voice', address: '', ...msg } as InboundMessage).triage === 'emergency';
  }

  async handle(msg: InboundMessage) {
    const earlier = msg.externalId ? this.delivered.get(msg.externalId) : undefined;
    if (earlier) return { reply: earlier, conversationId: 'conv-1', duplicate: true };
    this.received.push(msg);
    const answer = this.respond(msg);
    if (msg.externalId) this.delivered.set(msg.externalId, answer);
    return { reply: answer, conversationId: 'conv-1', duplicate: false };
  }
}

/** Records the call-back tickets a voice step files, one per request key, as the real desk does. */
export class MemoryTicketDesk implements Pick<TicketDesk, 'submit'> {
  readonly requests = new Map<string, OutsideRequest>();

  async submit(request: OutsideRequest): Promise<SubmitResult> {
    if (!this.requests.has(request.requestKey)) this.requests.set(request.requestKey, request);
    const n = [...this.requests.keys()].indexOf(request.requestKey) + 1;
    const ticket = { id: `T-${String(10000 + n)}`, status: 'new', service: request.service } as TicketRecord;
    return { ok: true, ticket, created: true };
  }
}
