/**
 * The Direct Line subset behind /v3/directline: tokens that open exactly one conversation, a
 * person's message through the engine, and the conversation's activities by watermark. Everything
 * is in the database (DirectLineStore), so any instance serves any conversation.
 */
import { AppError } from '../../core/errors';
import { sanitizeText } from '../../core/sanitize';
import type { Lang, Reply } from '../../core/types';
import type { ChannelMetrics, MessageHandler } from '../../conversation/channel';
import type { DirectLineStore } from '../../conversation/directline-store.port';
import { activityId, replyActivity, userEcho, type Activity, type IncomingMessage } from './activities';
import { hashToken, newConversationId, newToken, readBearer } from './directline-tokens';

/** Direct Line's own lifetime; Web Chat refreshes every 15 minutes while the page is open. */
export const TOKEN_TTL_SECONDS = 1800;
/** A refreshed token keeps working this long, for a poll already sent with it. */
const RETIRE_AFTER_MS = 60_000;
/** Activities per GET; a longer history arrives over the next polls. */
export const PAGE_SIZE = 100;

export interface Grant {
  conversationId: string;
  token: string;
  expiresAt: Date;
}

export interface ConversationInfo {
  conversationId: string;
  token: string;
  expires_in: number;
}

/** The stored message's id, and what the log may say about the turn (never its text). */
export interface PostResult {
  id: string;
  turn: { conversationId?: string; intent: string; triage: string; duplicate: boolean };
}

export interface DirectLineDeps {
  store: () => DirectLineStore;
  engine: MessageHandler;
  metrics: ChannelMetrics;
  emergencyNumber: string;
  now?: () => Date;
}

export class DirectLineService {
  private readonly now: () => Date;

  constructor(private readonly deps: DirectLineDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async generate(): Promise<ConversationInfo> {
    const conversationId = newConversationId();
    const token = newToken();
    const expiresAt = this.expiry();
    await this.deps.store().createConversation(conversationId, { hash: hashToken(token), expiresAt });
    return this.info({ conversationId, token, expiresAt });
  }

  async refresh(grant: Grant): Promise<ConversationInfo> {
    const token = newToken();
    const expiresAt = this.expiry();
    const retireBy = new Date(this.now().getTime() + RETIRE_AFTER_MS);
    await this.deps
      .store()
      .replaceToken(grant.conversationId, hashToken(grant.token), { hash: hashToken(token), expiresAt }, retireBy);
    return this.info({ conversationId: grant.conversationId, token, expiresAt });
  }

  /**
   * The conversation the Authorization header opens: 401 without a token, 403 for a token that is
   * unknown, expired or another conversation's (Web Chat reads 403 as "token expired"), 404 for a
   * conversation that does not exist.
   */
  async authorize(header: string | undefined, conversationId?: string): Promise<Grant> {
    const bearer = readBearer(header);
    if (bearer.kind === 'missing')
      throw new AppError(401, 'missing_token', 'Authorization: Bearer <token> is required');
    if (bearer.kind === 'malformed') throw forbidden('invalid_token', 'The token is not valid');
    const store = this.deps.store();
    const found = await store.findToken(hashToken(bearer.token));
    if (!found) throw forbidden('invalid_token', 'The token is not valid');
    if (found.expiresAt.getTime() <= this.now().getTime()) throw forbidden('token_expired', 'The token has expired');
    if (conversationId !== undefined && conversationId !== found.conversationId) {
      if (!(await store.conversationExists(conversationId)))
        throw new AppError(404, 'conversation_not_found', 'No such conversation');
      throw forbidden('wrong_conversation', 'This token does not open that conversation');
    }
    return { conversationId: found.conversationId, token: bearer.token, expiresAt: found.expiresAt };
  }

  info(grant: Grant): ConversationInfo {
    const seconds = Math.max(0, Math.round((grant.expiresAt.getTime() - this.now().getTime()) / 1000));
    return { conversationId: grant.conversationId, token: grant.token, expires_in: seconds };
  }

  /**
   * One message: answered by the engine, then stored with its reply in one append. A retry of the
   * same clientActivityID is not a new turn (the engine answers it from the delivery it stored) and
   * is not stored twice (the append finds it): it gets the id stored the first time.
   */
  async post(grant: Grant, msg: IncomingMessage): Promise<PostResult> {
    const { conversationId } = grant;
    const text = sanitizeText(msg.text);
    if (!text.trim()) throw new AppError(400, 'empty_text', 'text must contain something other than spaces');
    const receivedAt = this.now();
    const clientActivityId = msg.channelData?.clientActivityID;
    const outcome = await this.deps.engine.handle({
      channel: 'web',
      // The conversation the token opens, never an id the caller chose.
      address: conversationId,
      text,
      lang: chosenLang(msg.locale),
      receivedAt,
      // Scoped by conversation: another conversation's clientActivityID must never find this reply.
      externalId: clientActivityId ? `${conversationId}:${clientActivityId}` : undefined,
    });
    const { reply, duplicate } = outcome;
    this.deps.metrics.turn('web', reply, duplicate);
    const seq = await this.storeTurn(conversationId, msg, text, reply, receivedAt);
    return {
      id: activityId(conversationId, seq),
      turn: { conversationId: outcome.conversationId, intent: reply.intent, triage: reply.triage, duplicate },
    };
  }

  /** The echo and the reply in one append; the echo's sequence number (the first time's, on a retry). */
  private async storeTurn(
    conversationId: string,
    msg: IncomingMessage,
    text: string,
    reply: Reply,
    receivedAt: Date,
  ): Promise<number> {
    const id = (seq: number) => activityId(conversationId, seq);
    const repliedAt = this.now();
    const result = await this.deps.store().append(conversationId, [
      {
        clientActivityId: msg.channelData?.clientActivityID,
        build: (seqs) => userEcho(msg, text, { conversationId, id: id(seqs[0]), timestamp: receivedAt }),
      },
      {
        build: (seqs) =>
          replyActivity(
            reply,
            { conversationId, id: id(seqs[1]), replyToId: id(seqs[0]), userId: msg.from.id, timestamp: repliedAt },
            this.deps.emergencyNumber,
          ),
      },
    ]);
    return result.kind === 'stored' ? result.seqs[0] : result.seq;
  }

  /** Activities after the watermark ("" or absent: from the start); the watermark to send next time. */
  async activities(
    grant: Grant,
    watermark: string | undefined,
  ): Promise<{ activities: Activity[]; watermark: string }> {
    const after = parseWatermark(watermark);
    const rows = await this.deps.store().listAfter(grant.conversationId, after, PAGE_SIZE);
    const last = rows.length ? rows[rows.length - 1].seq : after;
    return { activities: rows.map((r) => r.activity), watermark: String(last) };
  }

  private expiry(): Date {
    return new Date(this.now().getTime() + TOKEN_TTL_SECONDS * 1000);
  }
}

function forbidden(code: string, message: string): AppError {
  return new AppError(403, code, message);
}

/**
 * The page is Chinese unless the person switched it to English: an English page asks for English
 * replies; on the Chinese default the reply follows the language of the text (a resident writing
 * English on the default page gets English).
 */
function chosenLang(locale: string | undefined): Lang | undefined {
  return locale && /^en\b/i.test(locale) ? 'en' : undefined;
}

function parseWatermark(watermark: string | undefined): number {
  if (watermark === undefined || watermark === '') return 0;
  if (!/^\d{1,9}$/.test(watermark)) throw new AppError(400, 'invalid_watermark', 'watermark must be a whole number');
  return Number(watermark);
}
