/**
 * Sending one ticket notification: claimed before it is sent (a doubled job does nothing), a failed
 * send goes back to pending and is thrown to the queue to retry, an opted-out number is recorded.
 */
import { ManualClock } from '../../../core/clock';
import { noJobQueue } from '../../../conversation/job-queue.port';
import { RecipientOptedOutError, type SmsSender } from '../../../conversation/sms-sender.port';
import type { NotificationOutcome, NotificationRow, TicketRepository } from '../../../conversation/tickets.port';
import { createCommunityDirectory, deliverNotification, serviceCatalog, TicketService } from '../../../domains/tickets';
import communities from '../../../knowledge/communities.json';

class Outbox {
  row: NotificationRow & { claimed?: boolean } = {
    id: 'n1',
    ticketId: 'T-1',
    kind: 'resident_taken',
    to: '+86138',
    body: 'hi',
    status: 'pending',
    attempts: 0,
  };
  outcomes: NotificationOutcome[] = [];
  async claimNotification() {
    if (this.row.status !== 'pending') return null;
    this.row = { ...this.row, status: 'sending', attempts: this.row.attempts + 1 };
    return this.row;
  }
  async finishNotification(_id: string, outcome: NotificationOutcome) {
    this.outcomes.push(outcome);
    this.row = { ...this.row, status: outcome.status };
  }
}

function setup(sender: SmsSender | undefined) {
  const outbox = new Outbox();
  const desk = new TicketService({
    repository: outbox as unknown as TicketRepository,
    staff: {} as never,
    queue: noJobQueue,
    clock: new ManualClock(new Date('2026-12-01T02:00:00Z')),
    communities: createCommunityDirectory(communities),
    catalog: serviceCatalog,
    emergencyNumber: '120',
    sms: () => sender,
  });
  return { outbox, deliver: (signal?: AbortSignal) => deliverNotification(desk, 'n1', signal) };
}

describe('deliverNotification', () => {
  it('sends once: a second job for the same row finds it sent', async () => {
    const sent: string[] = [];
    const { outbox, deliver } = setup({ send: async (to) => (sent.push(to), { sid: 'SM1' }) });
    expect(await deliver()).toBe('sent');
    expect(await deliver()).toBe('skipped');
    expect(sent).toEqual(['+86138']);
    expect(outbox.outcomes).toEqual([{ status: 'sent', sid: 'SM1' }]);
  });

  it('puts a failed send back and throws, so the queue retries it; the retry sends', async () => {
    let calls = 0;
    const { outbox, deliver } = setup({
      send: async () => {
        if (++calls === 1) throw new Error('Twilio 503');
        return { sid: 'SM2' };
      },
    });
    await expect(deliver()).rejects.toThrow(/not sent: Twilio 503/);
    expect(outbox.row.status).toBe('pending');
    expect(await deliver()).toBe('sent');
    expect(outbox.row.attempts).toBe(2);
  });

  it('records an opted-out number and never retries it; without a sender it says so', async () => {
    const optedOut = setup({ send: async () => Promise.reject(new RecipientOptedOutError()) });
    expect(await optedOut.deliver()).toBe('opted_out');
    expect(await optedOut.deliver()).toBe('skipped');
    expect(await setup(undefined).deliver()).toBe('no_sender');
  });

  it('a run the job runner gave up on sends nothing late: its claim goes back, and the retry sends', async () => {
    const sent: string[] = [];
    const { outbox, deliver } = setup({ send: async (to) => (sent.push(to), { sid: 'SM2' }) });
    const abandoned = new AbortController();
    abandoned.abort();
    await expect(deliver(abandoned.signal)).rejects.toThrow(/abandoned/);
    expect(sent).toEqual([]);
    expect(outbox.row.status).toBe('pending');
    expect(await deliver(new AbortController().signal)).toBe('sent');
    expect(sent).toEqual(['+86138']);
  });
});
