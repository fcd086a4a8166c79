/**
 * Two instances on one PostgreSQL, as a deployment runs them: one rate limit between them (counted in
 * the database, not per process), and the turns of one conversation serialised across both, so
 * simultaneous messages from one person are all answered and none is lost.
 */
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, spokenLines, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('two instances on one PostgreSQL', () => {
  let pg: PostgresServer;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    pg = await startPostgres();
    const env = { ...TWILIO_TEST_ENV, DATABASE_URL: pg.createDatabase('hotline_instances'), RATE_LIMIT_IP: '6/1m' };
    a = await startTestApp(env);
    b = await startTestApp(env);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    pg?.stop();
  });

  const chat = (t: TestApp, sessionId: string, text: string, ip = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text }, remoteAddress: ip });

  it('enforce one per-IP limit between them: requests alternating between instances are refused at the 7th', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await chat(i % 2 ? a : b, `lim-${i}`, '你好', '198.51.100.20')).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });

  it('serialise one conversation: 12 simultaneous turns over both instances are all answered and all stored', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => chat(i % 2 ? a : b, 'same-person', `布洛芬一次吃多少 ${i}`, `10.0.0.${i}`)),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    const c = await a.services.db.prisma.conversation.findFirstOrThrow({ where: { address: 'same-person' } });
    expect(c.version).toBe(12);
    expect(await a.services.db.prisma.message.count({ where: { conversationId: c.id, direction: 'in' } })).toBe(12);
  });

  it('serialise one number: 10 SMS at once are each answered, none "not processed", a retry stored once', async () => {
    const from = '+8613700009999';
    const sids = Array.from({ length: 10 }, () => twilioSid('SM'));
    const sends = sids.flatMap((sid, i) => [
      postTwilio(i % 2 ? a.app : b.app, '/twilio/sms', { MessageSid: sid, From: from, Body: `发热门诊在哪 ${i}` }),
      // Twilio retrying the same message at the same moment, on the other instance.
      postTwilio(i % 2 ? b.app : a.app, '/twilio/sms', { MessageSid: sid, From: from, Body: `发热门诊在哪 ${i}` }),
    ]);
    const results = await Promise.all(sends);
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    for (const r of results) expect(spokenLines(r.body).join('')).not.toMatch(/没有处理/);
    const c = await a.services.db.prisma.conversation.findFirstOrThrow({ where: { channel: 'sms', address: from } });
    expect(await a.services.db.prisma.message.count({ where: { conversationId: c.id, direction: 'in' } })).toBe(10);
  });
});
