import type { Metrics } from '../server/metrics';
import type { Channel, Reply } from '../conversation/types';

/** Counts an engine turn once: a Twilio retry answered from the stored reply is not a new turn. */
export function countTurn(metrics: Metrics, channel: Channel, reply: Reply | undefined, duplicate: boolean | undefined): void {
  if (reply && !duplicate) metrics.turns.inc({ channel, intent: reply.intent, triage: reply.triage });
}
