/**
 * How a call is recorded. A call can go through several outcomes (answered, then handed to a
 * person who does not pick up, then a call-back request); the most serious one is kept
 * (`moreSerious`, conversation/call-records.port.ts).
 *
 * diverted_from_120: the caller described symptoms that are not life-threatening (triage urgent
 * or routine) and got clinic / home-care advice instead of going to 120.
 */
import type { Reply } from '../../core/types';
import type { CallOutcome } from '../../conversation/call-records.port';

export type ReplyRoute = 'emergency' | 'person' | 'answer';

/** What the voice line does with an engine reply. */
export function routeReply(reply: Pick<Reply, 'action' | 'triage'>): ReplyRoute {
  if (reply.action === 'call_emergency' || reply.triage === 'emergency') return 'emergency';
  if (reply.action === 'handoff_human') return 'person';
  return 'answer';
}

export function answeredOutcome(reply: Pick<Reply, 'triage'>): CallOutcome {
  return reply.triage === 'urgent' || reply.triage === 'routine' ? 'diverted_from_120' : 'answered';
}
