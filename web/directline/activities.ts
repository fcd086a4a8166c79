/**
 * The activities a Direct Line conversation holds: the person's message as the service echoes it
 * (Web Chat waits for that echo, matched by channelData.clientActivityID, to show it as sent) and
 * the hotline's reply, with choices as suggested actions and an emergency as a card with a `tel:` button.
 */
import { renderRich } from '../../conversation/output';
import { sanitizeText } from '../../core/sanitize';
import type { Bilingual, Lang, Reply } from '../../core/types';

export const CHANNEL_ID = 'directline';
export const BOT_ID = 'hotline';
const BOT_NAME: Bilingual = { zh: '社区健康热线', en: 'Community health hotline' };
const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
export const HERO_CARD = 'application/vnd.microsoft.card.hero';

/** A person's message as accepted by POST /activities (the schema has checked it). */
export interface IncomingMessage {
  type: 'message';
  text: string;
  from: { id: string; name?: string };
  locale?: string;
  channelData?: { clientActivityID?: string; clientTimestamp?: string };
}

export type Activity = Record<string, unknown>;

/** Direct Line's own form: "<conversation id>|0000001". */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

interface Envelope {
  conversationId: string;
  id: string;
  timestamp: Date;
}

/**
 * What is kept of the person's message: nothing of channelData but the fields Web Chat matches on,
 * and free text made storable (the database refuses NUL and lone surrogates).
 */
export function userEcho(msg: IncomingMessage, text: string, at: Envelope): Activity {
  const { clientActivityID } = msg.channelData ?? {};
  const clientTimestamp = msg.channelData?.clientTimestamp && sanitizeText(msg.channelData.clientTimestamp);
  const name = msg.from.name && sanitizeText(msg.from.name);
  return {
    type: 'message',
    id: at.id,
    timestamp: at.timestamp.toISOString(),
    channelId: CHANNEL_ID,
    conversation: { id: at.conversationId },
    from: { id: msg.from.id, ...(name ? { name } : {}), role: 'user' },
    text,
    textFormat: 'plain',
    ...(msg.locale ? { locale: msg.locale } : {}),
    ...(clientActivityID ? { channelData: { clientActivityID, ...(clientTimestamp ? { clientTimestamp } : {}) } } : {}),
  };
}

export function replyActivity(
  reply: Reply,
  at: Envelope & { replyToId: string; userId: string },
  emergencyNumber: string,
): Activity {
  const { text, buttons, call } = renderRich(reply, emergencyNumber);
  return {
    type: 'message',
    id: at.id,
    timestamp: at.timestamp.toISOString(),
    channelId: CHANNEL_ID,
    conversation: { id: at.conversationId },
    from: { id: BOT_ID, name: BOT_NAME[reply.lang], role: 'bot' },
    recipient: { id: at.userId, role: 'user' },
    replyToId: at.replyToId,
    locale: LOCALE[reply.lang],
    text,
    textFormat: 'plain',
    inputHint: buttons.length ? 'expectingInput' : 'acceptingInput',
    ...(buttons.length
      ? { suggestedActions: { actions: buttons.map((b) => ({ type: 'imBack', title: b.label, value: b.label })) } }
      : {}),
    ...(call
      ? {
          attachments: [
            {
              contentType: HERO_CARD,
              content: { title: call.title, buttons: [{ type: 'openUrl', title: call.label, value: call.uri }] },
            },
          ],
        }
      : {}),
    channelData: {
      hotline: { intent: reply.intent, triage: reply.triage, ...(reply.action ? { action: reply.action } : {}) },
    },
  };
}
