/**
 * The job that sends one ticket notification. The row is claimed first (a doubled or retried job
 * finds it taken or sent and does nothing), then sent through SmsSender (OptOutGuard: opted-out
 * numbers are never texted); a failed send is thrown back to the queue, which retries it.
 */
import { RecipientOptedOutError } from '../../conversation/sms-sender.port';
import type { TicketService } from './ticket.service';

/** A sender that died mid-send leaves its claim; after this long the row may be sent again. */
export const SEND_LEASE_MS = 10 * 60_000;

export class NotificationSendError extends Error {
  constructor(id: string, cause: unknown) {
    super(`notification ${id} not sent: ${(cause as Error)?.message ?? cause}`);
    this.name = 'NotificationSendError';
  }
}

export async function deliverNotification(service: TicketService, id: string): Promise<string> {
  const { repository, clock } = service.deps;
  const row = await repository.claimNotification(id, clock.now(), SEND_LEASE_MS);
  if (!row) return 'skipped';
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
