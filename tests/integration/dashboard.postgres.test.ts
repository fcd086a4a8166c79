/**
 * The staff API on a real PostgreSQL server with two service instances, as a deployment runs it: a
 * session opened on one instance serves on the other and a logout on one ends it on both; sign-in
 * failures are counted across instances; the queue's order and scope (raw SQL) and the figures hold
 * on PostgreSQL; two claims through different instances: one 200, one 409.
 */
import { ManualClock } from '../../core/clock';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import {
  addStaff,
  GREEN_KITS_DONGYI,
  RED_DELIVERY_XIYI,
  signIn,
  smsConversation,
  STAFF_PASSWORD,
  ticketIdIn,
} from '../../harness/staff';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../harness/twilio-fake-api';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;
const { OPERATOR_NUMBER: _desk, ...ENV } = TWILIO_TEST_ENV;

describePg('the staff API on PostgreSQL, two instances', () => {
  let pg: PostgresServer;
  let twilio: FakeTwilioApi;
  let a: TestApp;
  let b: TestApp;
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    pg = await startPostgres();
    twilio = await startFakeTwilioApi();
    const env = { ...ENV, DATABASE_URL: pg.createDatabase('hotline_dashboard') };
    const options = { twilioHttpClient: twilio.httpClient, clock, scheduleSweep: false };
    a = await startTestApp(env, options);
    b = await startTestApp(env, options);
    await addStaff(a, { username: 'wang', name: '王专员', role: 'commissioner', communities: ['gs-dg-xiyi'] });
    await addStaff(a, { username: 'zhao', name: '赵专员', role: 'commissioner', communities: ['gs-dg-xiyi'] });
    await addStaff(a, { username: 'chen', name: '陈专员', role: 'commissioner', communities: ['gs-dg-dongyi'] });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await twilio?.close();
    pg?.stop();
  });

  it('a session from one instance serves on the other; logging out on either ends it on both', async () => {
    const s = await signIn(a.app, 'wang');
    const onB = (url: string, method: 'GET' | 'POST' = 'GET') =>
      b.app.inject({ method, url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    expect((await onB('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await onB('/api/v1/auth/logout', 'POST')).statusCode).toBe(204);
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('counts sign-in failures across instances', async () => {
    const attempts = await Promise.all(
      [a, b, a, b, a, b].map((app) =>
        app.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'zhao', password: 'wrong one!' },
        }),
      ),
    );
    expect(attempts.map((r) => r.statusCode).sort()).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await b.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'zhao', password: STAFF_PASSWORD },
    });
    expect(right.statusCode).toBe(429);
    clock.advanceMinutes(16);
  });

  it('orders and scopes the queue in SQL, and two claims through two instances: one 200, one 409', async () => {
    clock.advanceMinutes(1);
    const green = ticketIdIn(
      (
        await smsConversation(a.app, '+8613900000301', [
          '请社区送两盒抗原试剂到西一社区5幢1单元202，我自己用，我30岁',
          '没有',
          '1',
        ])
      ).at(-1),
    );
    clock.advanceMinutes(1);
    const red = ticketIdIn((await smsConversation(b.app, '+8613900000302', RED_DELIVERY_XIYI)).at(-1));
    const other = ticketIdIn((await smsConversation(a.app, '+8613900000303', GREEN_KITS_DONGYI)).at(-1));

    const wang = await signIn(a.app, 'wang');
    const queue = (await wang.inject({ method: 'GET', url: '/api/v1/tickets' })).json().tickets as { id: string }[];
    expect(queue.map((k) => k.id)).toEqual([red, green]);
    expect((await wang.inject({ method: 'GET', url: `/api/v1/tickets/${other}` })).statusCode).toBe(404);
    const stats = (await wang.inject({ method: 'GET', url: '/api/v1/stats?days=2' })).json();
    expect(stats.openByPriority).toEqual({ red: 1, yellow: 0, green: 1 });
    // Summed over the days shown: a run across midnight splits them, not the totals.
    const sum = <T>(rows: T[], pick: (r: T) => number) => rows.reduce((n, r) => n + pick(r), 0);
    expect(sum(stats.days, (d: { created: { drug_delivery: number } }) => d.created.drug_delivery)).toBe(2);
    // Contacts are the whole hotline's (no one's details): the other community's request counts too.
    const contacts = stats.contacts as { contacts: number; keptCommunity: number; sentTo120: number }[];
    expect([
      sum(contacts, (c) => c.contacts),
      sum(contacts, (c) => c.keptCommunity),
      sum(contacts, (c) => c.sentTo120),
    ]).toEqual([3, 3, 0]);

    const zhao = await signIn(b.app, 'zhao');
    const claims = await Promise.all([
      wang.inject({ method: 'POST', url: `/api/v1/tickets/${red}/claim` }),
      b.app.inject({
        method: 'POST',
        url: `/api/v1/tickets/${red}/claim`,
        headers: { cookie: zhao.cookie, 'x-csrf-token': zhao.csrf },
      }),
    ]);
    expect(claims.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await a.services.db.prisma.ticketEvent.count({ where: { ticketId: red, kind: 'claim' } })).toBe(1);
  });
});
