/**
 * "转人工" with nobody at the desk (OPERATOR_NUMBER unset): the promise of a call-back is kept by a
 * human_callback ticket carrying the conversation. On SMS the number is known; in chat the person
 * is asked for one first; on voice the caller records a message, which becomes the ticket.
 */
import { randomUUID } from 'node:crypto';
import { MESSAGES, say } from '../../core/messages';
import type { HandlerResult, IntentHandler, TurnContext } from '../../core/types';
import { channelPhone, ticketRef } from './conversation-ref';
import { THIS_NUMBER } from './request-words';
import { readPhone, spacedPhone } from './slots';
import type { TicketService } from './ticket.service';
import { TICKET_TEXTS } from './ticket-texts';

export function createCallbackHandler(deps: { tickets: TicketService; emergencyNumber: string }): IntentHandler {
  return async (ctx) => {
    const vars = { emergency: deps.emergencyNumber };
    // The voice line takes a recorded message instead, and that recording is the ticket (voice-handoff).
    if (ctx.conversation?.channel === 'voice')
      return { text: say(MESSAGES.humanNoDesk, ctx.lang, vars), action: 'handoff_human' };
    const formId = String(ctx.answering?.data?.formId ?? randomUUID());
    const phone = readPhone(ctx.text) ?? channelPhone(ctx.conversation) ?? ownNumber(ctx);
    if (!phone) {
      if (ctx.answering?.slot === 'phone')
        return { text: say(TICKET_TEXTS.badPhone, ctx.lang), pending: ctx.answering };
      return {
        text: say(TICKET_TEXTS.callbackAskPhone, ctx.lang, vars),
        pending: { intent: 'human.agent', slot: 'phone', data: { formId }, answerFirst: true },
        action: 'handoff_human',
      };
    }
    return book(ctx, deps, phone, formId);
  };
}

function ownNumber(ctx: TurnContext): string | undefined {
  return THIS_NUMBER.test(ctx.text) ? channelPhone(ctx.conversation) : undefined;
}

async function book(
  ctx: TurnContext,
  deps: { tickets: TicketService; emergencyNumber: string },
  phone: string,
  formId: string,
): Promise<HandlerResult> {
  const ref = ctx.conversation;
  if (!ref) throw new Error('a call-back needs the conversation it comes from');
  const { ticket } = await deps.tickets.submitConversation({
    requestKey: `${ref.id}:${formId}`,
    service: 'human_callback',
    lang: ctx.lang,
    channel: ref.channel,
    conversationId: ref.id,
    requesterPhone: channelPhone(ref),
    contactPhone: phone,
    attributes: {},
    keyFacts: [],
    triage: ctx.screening.triage,
    fever: false,
    withoutAntipyretic: false,
    description: ctx.lang === 'zh' ? '请求人工回电（转人工时无人值守）' : 'Asked for a person; nobody was at the desk',
    transcriptExtra: ctx.text,
  });
  return {
    text: say(TICKET_TEXTS.callbackCreated, ctx.lang, {
      id: ticket.id,
      phone: spacedPhone(phone),
      emergency: deps.emergencyNumber,
    }),
    ticket: ticketRef(ticket),
    action: 'handoff_human',
  };
}
