import type { ConversationRef, TicketRef } from '../../core/types';
import type { TicketRecord } from '../../conversation/tickets.port';

const PHONE = /^\+?[0-9]{5,15}$/;

/** The phone number a conversation comes from (SMS and voice are keyed by it), if it has one. */
export function channelPhone(ref: ConversationRef | undefined): string | undefined {
  if (!ref || (ref.channel !== 'sms' && ref.channel !== 'voice')) return undefined;
  return PHONE.test(ref.address) ? ref.address : undefined;
}

/**
 * Whether this conversation may see the ticket: its own tickets, and on SMS and voice also the
 * tickets of the caller's own number. A chat session sees only its own conversation's.
 */
export function maysee(ref: ConversationRef, ticket: TicketRecord): boolean {
  if (ticket.conversationId === ref.id) return true;
  const phone = channelPhone(ref);
  return Boolean(phone && (ticket.requesterPhone === phone || ticket.contactPhone === phone));
}

export function ticketRef(ticket: TicketRecord): TicketRef {
  return { id: ticket.id, status: ticket.status, service: ticket.service };
}
