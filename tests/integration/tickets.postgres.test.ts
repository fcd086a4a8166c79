/**
 * Tickets on a real PostgreSQL server, with two service instances on one database as a deployment
 * runs them: pg-boss jobs on the server, an SLA breach escalated once (not once per instance) with the
 * clock driven here, claims that cannot both win, and one ticket for a request confirmed twice at once.
 */
import { ManualClock } from '../../core/clock';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../harness/twilio-fake-api';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { waitFor } from '../../harness/wait';
import type { ConversationRequest } from '../../domains/tickets/ticket.service';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('tickets on PostgreSQL, two instances', () => {
  let pg: PostgresServer;
  let twilio: FakeTwilioApi;
  let a: TestApp;
  let b: TestApp;
  const clock = new ManualClock(new Date('2026-12-01T02:00:00Z'));

  beforeAll(async () => {
    pg = await startPostgres();
    twilio = await startFakeTwilioApi();
    const env = { ...TWILIO_TEST_ENV, DATABASE_URL: pg.createDatabase('hotline_tickets') };
    const options = { twilioHttpClient: twilio.httpClient, clock, scheduleSweep: false };
    a = await startTestApp(env, options);
    b = await startTestApp(env, options);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await twilio?.close();
    pg?.stop();
  });

  const request = async (key: string): Promise<ConversationRequest> => {
    const conversation = await a.services.db.prisma.conversation.create({
      data: { channel: 'sms', address: `+86137${key.padStart(8, '0')}` },
    });
    return {
      requestKey: `${conversation.id}:form-${key}`,
      service: 'drug_delivery',
      lang: 'zh',
      channel: 'sms',
      conversationId: conversation.id,
      requesterPhone: conversation.address,
      address: '湖墅街道小河社区3幢',
      attributes: { need: '抗原试剂' },
      age: 40,
      keyFacts: [],
      triage: 'none',
      fever: false,
      withoutAntipyretic: false,
      description: '社区送药：抗原试剂',
    };
  };

  it('creates one ticket when the same request is confirmed on both instances at once', async () => {
    const req = await request('1');
    const [x, y] = await Promise.all([
      a.services.tickets.submitConversation(req),
      b.services.tickets.submitConversation(req),
    ]);
    expect(x.ticket.id).toBe(y.ticket.id);
    expect([x.created, y.created].sort()).toEqual([false, true]);
    expect(await a.services.db.prisma.ticketEvent.count({ where: { ticketId: x.ticket.id } })).toBe(1);
  });

  it('lets one of two simultaneous claims win; the other is a conflict', async () => {
    const { ticket } = await a.services.tickets.submitConversation(await request('2'));
    const one = await a.services.staff.add({ name: '甲', role: 'commissioner', communities: ['gs-hs-xiaohe'] });
    const two = await b.services.staff.add({ name: '乙', role: 'commissioner', communities: ['gs-hs-xiaohe'] });
    const results = await Promise.all([
      a.services.tickets.claim(ticket.id, one.id),
      b.services.tickets.claim(ticket.id, two.id),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.reason)).sort()).toEqual(['conflict', 'ok']);
    expect(await a.services.db.prisma.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'claim' } })).toBe(1);
    // The resident hears once that it was taken.
    await waitFor(() => twilio.requests.find((r) => r.form.To === ticket.requesterPhone), 'the taken SMS');
    expect(await a.services.db.prisma.ticketNotification.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it('refuses a change the lifecycle does not allow, and writes nothing for it', async () => {
    const { ticket } = await a.services.tickets.submitConversation(await request('3'));
    expect(await a.services.tickets.changeStatus(ticket.id, 'resolved', 'staff:x')).toMatchObject({
      ok: false,
      reason: 'invalid_transition',
    });
    expect(await a.services.db.prisma.ticketEvent.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it('escalates a breached SLA once, although both instances sweep at the same moment', async () => {
    const lead = await a.services.staff.add({
      name: '街道组长',
      phone: '+8613700000099',
      role: 'lead',
      district: '拱墅区',
      street: '湖墅街道',
    });
    const { ticket } = await a.services.tickets.submitConversation(await request('4'));
    clock.set(new Date(ticket.firstResponseDueAt.getTime() + 60_000));
    await Promise.all([
      a.services.jobs.runNow('ticket-sla-sweep'),
      b.services.jobs.runNow('ticket-sla-sweep'),
      a.services.jobs.runNow('ticket-sla-sweep'),
    ]);
    const rows = await a.services.db.prisma.ticketEscalation.findMany({ where: { ticketId: ticket.id } });
    expect(rows.map((r) => `${r.target}:${r.level}`)).toEqual(['first_response:street']);
    await waitFor(() => twilio.requests.find((r) => r.form.To === lead.phone), 'the street lead');
    // Give a doubled send the time it would need to show up: there is none.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(twilio.requests.filter((r) => r.form.To === lead.phone && r.form.Body?.includes(ticket.id))).toHaveLength(1);
  });

  it('stops the SLA clock while the desk waits on the resident, and moves the due times on by the pause', async () => {
    const { ticket } = await a.services.tickets.submitConversation(await request('5'));
    clock.set(new Date(ticket.createdAt.getTime() + 10 * 60_000));
    expect((await a.services.tickets.pauseSla(ticket.id, 'staff:x', 'no answer at the door')).ok).toBe(true);
    clock.advanceMinutes(10_000);
    await a.services.jobs.runNow('ticket-sla-sweep');
    expect(await a.services.db.prisma.ticketEscalation.count({ where: { ticketId: ticket.id } })).toBe(0);
    const resumed = await b.services.tickets.resumeSla(ticket.id, 'staff:x');
    expect(resumed.ok && resumed.ticket.firstResponseDueAt.getTime() - ticket.firstResponseDueAt.getTime()).toBe(
      10_000 * 60_000,
    );
    const kinds = await a.services.db.prisma.ticketEvent.findMany({
      where: { ticketId: ticket.id },
      orderBy: { at: 'asc' },
    });
    expect(kinds.map((e) => e.kind)).toEqual(['created', 'sla_paused', 'sla_resumed']);
  });
});
