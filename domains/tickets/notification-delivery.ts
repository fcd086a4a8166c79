/**
 * The job that sends one ticket notification. The row is claimed first (a doubled or retried job
 * finds it taken or sent and does nothing), then sent through SmsSender (OptOutGuard: opted-out
 * numbers are never texted); a failed send is thrown back to the queue, which retries it. A run the
 * job runner gave up on (its signal aborted while it waited on the database) puts its claim back
 * instead of sending late, when a retry may already be sending; a claim whose sender died is queued
 * again by the minute sweep once its lease is over.
 */
import { RecipientOptedOutError } from '../../conversation/sms-sender.port';
import type { TicketService } from './ticket.service';

/** A sender that died mid-send leaves its claim; after this long the row may be sent again. */
export const SEND_LEASE_MS = 10 * 60_000;
/** The job's run time: well inside the lease (Twilio's client gives up on a request after 30 s). */
export const SEND_TIMEOUT_SECONDS = 60;

export class NotificationSendError extends Error {
  constructor(id: string, cause: unknown) {
    super(`notification ${id} not sent: ${(cause as Error)?.message ?? cause}`);
    this.name = 'NotificationSendError';
  }
}

export async function deliverNotification(service: TicketService, id: string, signal?: AbortSignal): Promise<string> {
  const { repository, clock } = service.deps;
  const row = await repository.claimNotification(id, clock.now(), SEND_LEASE_MS);
  if (!row) return 'skipped';
  if (signal?.aborted) {
    await repository.finishNotification(id, { status: 'pending', error: 'run abandoned before sending' }, clock.now());
    throw new NotificationSendError(id, new Error('run abandoned before sending'));
  }
  const sender = service.deps.sms?.();
  if (!sender) {
    await repository.finishNotification(id, { status: 'no_sender' }, clock.now());
    service.deps.log?.warn({ notification: id }, 'ticket notification not sent: outbound SMS is not configured');
    return 'no_sender';
  }
  try {
    const { sid } = await sender.send(row.to, row.body);
    await repository.finishNotification(id, { status: 'sent', sid }, clock.now());
    return 'sent';
  } catch (err) {
    if (err instanceof RecipientOptedOutError) {
      await repository.finishNotification(id, { status: 'opted_out' }, clock.now());
      return 'opted_out';
    }
    await repository.finishNotification(id, { status: 'pending', error: (err as Error).message }, clock.now());
    throw new NotificationSendError(id, err);
  }
}
