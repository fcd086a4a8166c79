/**
 * "What happened to my request?" and "取消 T-12345": by the ticket number said, or by the caller's
 * own number on SMS and voice; a chat session sees only its own conversation's tickets, and a number
 * that is not the person's own is answered as not found.
 */
import { say } from '../../core/messages';
import { findTicketId, isOpen, STATUS_NOTES } from '../../core/tickets';
import type { Choice, HandlerResult, IntentHandler, Lang, TurnContext } from '../../core/types';
import type { TicketRecord } from '../../conversation/tickets.port';
import type { ServiceCatalog } from '../../knowledge/services/catalog';
import { channelPhone, maysee, ticketRef } from './conversation-ref';
import { serviceName } from './form';
import { CANCEL_TICKET, YES } from './request-words';
import type { TicketService } from './ticket.service';
import { TICKET_TEXTS } from './ticket-texts';

export interface StatusHandlerDeps {
  tickets: TicketService;
  catalog: ServiceCatalog;
}

const LISTED = 3;
const FORM_INTENTS: ReadonlySet<string> = new Set(['service.drug_delivery', 'service.transport', 'service.doctor']);

export function createStatusHandler(deps: StatusHandlerDeps): IntentHandler {
  return async (ctx) => {
    if (ctx.answering?.slot === 'cancel') return confirmCancel(ctx, deps);
    const ref = ctx.conversation;
    if (!ref) return { text: say(TICKET_TEXTS.statusNone, ctx.lang), ticket: null };
    const id = findTicketId(ctx.text);
    const cancel = CANCEL_TICKET.test(ctx.text);
    if (id) {
      const ticket = await deps.tickets.find(id);
      if (!ticket || !maysee(ref, ticket))
        return { text: say(TICKET_TEXTS.statusNotFound, ctx.lang, { id }), ticket: null };
      return cancel
        ? cancelTicket(ctx, ticket, deps)
        : { text: line(ticket, ctx.lang, deps), ticket: ticketRef(ticket) };
    }
    // "取消申请" while a request is still being filled in: drop that, nothing was sent.
    if (cancel && ctx.state.form && FORM_INTENTS.has(ctx.state.form.intent))
      return { text: say(TICKET_TEXTS.dropped, ctx.lang), form: null, ticket: null };
    const phone = channelPhone(ref);
    const own = await deps.tickets.list(phone ? { phone, limit: 10 } : { conversationId: ref.id, limit: 10 });
    const mine = own.filter((t) => maysee(ref, t));
    if (mine.length === 0) return { text: say(TICKET_TEXTS.statusNone, ctx.lang), ticket: null };
    // Open requests first; the newest of them is the one the reply's ticket field names.
    const ordered = [...mine.filter((t) => isOpen(t.status)), ...mine.filter((t) => !isOpen(t.status))];
    if (cancel) return cancelOwn(ctx, ordered, deps);
    return {
      text: ordered
        .slice(0, LISTED)
        .map((t) => line(t, ctx.lang, deps))
        .join('\n'),
      ticket: ticketRef(ordered[0]!),
    };
  };
}

function line(t: TicketRecord, lang: Lang, deps: StatusHandlerDeps): string {
  return say(TICKET_TEXTS.status, lang, {
    id: t.id,
    service: serviceName(deps.catalog, t.service, lang),
    status: STATUS_NOTES[t.status][lang],
  });
}

async function cancelTicket(ctx: TurnContext, ticket: TicketRecord, deps: StatusHandlerDeps): Promise<HandlerResult> {
  const vars = { id: ticket.id, service: serviceName(deps.catalog, ticket.service, ctx.lang) };
  if (!isOpen(ticket.status)) {
    const text = say(TICKET_TEXTS.cannotCancel, ctx.lang, {
      id: ticket.id,
      status: STATUS_NOTES[ticket.status][ctx.lang],
    });
    return { text, ticket: ticketRef(ticket) };
  }
  const result = await deps.tickets.cancelByResident(
    ticket.id,
    `cancelled by the resident (${ctx.conversation?.channel})`,
  );
  if (!result.ok) {
    const now = result.reason === 'not_found' ? ticket : result.ticket;
    return { text: line(now, ctx.lang, deps), ticket: ticketRef(now) };
  }
  return { text: say(TICKET_TEXTS.cancelled, ctx.lang, vars), ticket: ticketRef(result.ticket) };
}

/** "取消我的申请" with no number: one open request is confirmed first, several are asked which. */
function cancelOwn(ctx: TurnContext, ordered: TicketRecord[], deps: StatusHandlerDeps): HandlerResult {
  const open = ordered.filter((t) => isOpen(t.status));
  if (open.length === 0)
    return {
      text: ordered
        .slice(0, LISTED)
        .map((t) => line(t, ctx.lang, deps))
        .join('\n'),
      ticket: ticketRef(ordered[0]!),
    };
  if (open.length > 1) {
    const list = open.slice(0, LISTED).map((t) => line(t, ctx.lang, deps));
    return { text: [...list, say(TICKET_TEXTS.cancelWhich, ctx.lang, { id: open[0]!.id })].join('\n'), ticket: null };
  }
  const t = open[0]!;
  const choices: Choice[] = [
    { id: '1', label: say(TICKET_TEXTS.yes, ctx.lang), value: '1' },
    { id: '2', label: say(TICKET_TEXTS.no, ctx.lang), value: '2' },
  ];
  return {
    text: say(TICKET_TEXTS.cancelConfirm, ctx.lang, {
      id: t.id,
      service: serviceName(deps.catalog, t.service, ctx.lang),
    }),
    choices,
    pending: { intent: 'service.status', slot: 'cancel', data: { ticketId: t.id }, answerFirst: true },
    ticket: ticketRef(t),
  };
}

async function confirmCancel(ctx: TurnContext, deps: StatusHandlerDeps): Promise<HandlerResult> {
  const id = String(ctx.answering?.data?.ticketId ?? '');
  const ticket = id ? await deps.tickets.find(id) : null;
  if (!ticket || !ctx.conversation || !maysee(ctx.conversation, ticket)) return { text: '', declined: true };
  if (YES.test(ctx.text)) return cancelTicket(ctx, ticket, deps);
  if (/^\s*(2|不|不取消|no|keep)/i.test(ctx.text))
    return { text: say(TICKET_TEXTS.keepIt, ctx.lang), ticket: ticketRef(ticket) };
  return { text: '', declined: true };
}
