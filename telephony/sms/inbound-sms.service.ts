/**
 * One inbound SMS in, the messages to answer with out. Carrier keywords are handled here and
 * never reach the engine; everything else is one InboundMessage keyed by the sender's number,
 * with the MessageSid as its delivery id so a Twilio retry is answered from the stored reply.
 */
import { renderPlainText } from '../../conversation/output';
import { say } from '../../core/messages';
import type { InboundMessage, Lang, Reply } from '../../core/types';
import type { FirstScreen } from '../../core/understanding';
import type { CallerProfile, CallerRepository } from '../../conversation/callers.port';
import { parseKeyword, type SmsKeyword } from './sms-keywords';
import { splitSms } from './sms-split';
import { withMoreHint } from './sms-budget';
import { SMS_TEXTS } from './sms-texts';

export interface InboundSms {
  messageSid: string;
  from: string;
  body: string;
  /** The emergency screen on the body, when the service in front of the route already ran it. */
  screened?: FirstScreen;
}

export interface SmsTurn {
  /** keyword: STOP/START/HELP; reply: the engine answered; withheld: opted out, not an emergency. */
  kind: 'keyword' | 'reply' | 'withheld' | 'no_text';
  messages: string[];
  conversationId?: string;
  reply?: Reply;
  duplicate?: boolean;
}

export interface InboundSmsDeps {
  engine: { handle(msg: InboundMessage): Promise<{ reply: Reply; conversationId?: string; duplicate: boolean }> };
  callers: CallerRepository;
  emergencyNumber: string;
  /** Longer texts are cut to this before the engine sees them (SMS cannot be refused like a bad API call). */
  maxTextLength: number;
}

export class InboundSmsService {
  constructor(private readonly deps: InboundSmsDeps) {}

  async handle(sms: InboundSms): Promise<SmsTurn> {
    const keyword = parseKeyword(sms.body);
    if (keyword?.onlyWhenOptedOut) return this.maybeKeyword(sms, keyword);
    if (keyword) return this.keyword(sms.from, keyword);
    if (!sms.body.trim())
      return { kind: 'no_text', messages: [this.text('noText', 'zh') + '\n' + this.text('noText', 'en')] };
    // In parallel: the opt-out flag only matters once the engine has screened the message.
    const [caller, turn] = await Promise.allSettled([this.deps.callers.find(sms.from), this.converse(sms)]);
    if (turn.status === 'rejected') throw turn.reason;
    if (caller.status === 'rejected') {
      // The database is away: an emergency is still answered (the engine answered it from the screen).
      if (isEmergency(turn.value)) return turn.value;
      throw caller.reason;
    }
    return this.respectOptOut(caller.value, turn.value);
  }

  /** "YES" re-subscribes a number that opted out; from anyone else it answers the last question. */
  private async maybeKeyword(sms: InboundSms, keyword: SmsKeyword): Promise<SmsTurn> {
    const caller = await this.deps.callers.find(sms.from);
    return caller?.smsOptOut ? this.keyword(sms.from, keyword) : this.converse(sms);
  }

  private async converse(sms: InboundSms): Promise<SmsTurn> {
    const text = sms.body.slice(0, this.deps.maxTextLength);
    const { reply, conversationId, duplicate } = await this.deps.engine.handle({
      channel: 'sms',
      address: sms.from,
      text,
      externalId: sms.messageSid,
      screened: sms.screened,
    });
    const rendered = renderPlainText(reply);
    const messages = splitSms(reply.more ? withMoreHint(rendered, reply.lang) : rendered);
    return { kind: 'reply', messages, conversationId, reply, duplicate };
  }

  /**
   * An opted-out number gets nothing back, except when the screen found an emergency: telling
   * someone to call 120 outweighs the opt-out (Twilio may still block it if it holds the opt-out).
   */
  private respectOptOut(caller: CallerProfile | null, turn: SmsTurn): SmsTurn {
    if (!caller?.smsOptOut || isEmergency(turn)) return turn;
    return { ...turn, kind: 'withheld', messages: [] };
  }

  private async keyword(from: string, keyword: SmsKeyword): Promise<SmsTurn> {
    if (keyword.kind !== 'help') await this.deps.callers.setSmsOptOut(from, keyword.kind === 'stop');
    if (keyword.answeredByTwilio) return { kind: 'keyword', messages: [] };
    const key = keyword.kind === 'stop' ? 'stopped' : keyword.kind === 'start' ? 'started' : 'help';
    return { kind: 'keyword', messages: [this.text(key, keyword.lang)] };
  }

  private text(key: keyof typeof SMS_TEXTS, lang: Lang): string {
    return say(SMS_TEXTS[key], lang, { emergency: this.deps.emergencyNumber });
  }
}

function isEmergency(turn: SmsTurn): boolean {
  return turn.reply?.triage === 'emergency' || turn.reply?.action === 'call_emergency';
}
