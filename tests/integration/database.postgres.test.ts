/**
 * The same schema and migration history on a real PostgreSQL server: migrations apply once,
 * a second open finds nothing to do, and the conversation store commits turns atomically.
 */
import { openDatabase, type Database } from '../../db/database';
import { PrismaConversationStore } from '../../db/conversation.repository';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import type { TurnRecord } from '../../conversation/conversation-store.port';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('database on PostgreSQL', () => {
  let pg: PostgresServer;
  let url: string;

  beforeAll(async () => {
    pg = await startPostgres();
    url = pg.createDatabase('hotline_db_test');
  });
  afterAll(() => pg?.stop());

  it('applies the migrations once and opens an up-to-date database afterwards', async () => {
    const first = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
    expect(first.kind).toBe('postgresql');
    expect(first.applied.length).toBeGreaterThan(0);
    await first.close();
    const second = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
    expect(second.applied).toEqual([]);
    await second.close();
  });

  describe('conversation store', () => {
    let db: Database;
    let store: PrismaConversationStore;
    beforeAll(async () => {
      db = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
      store = new PrismaConversationStore(db.prisma, db.query);
    });
    afterAll(() => db?.close());

    const turn = (conversationId: string, expectedVersion: number, deliveryKey?: string): TurnRecord => ({
      conversationId,
      expectedVersion,
      deliveryKey,
      lang: 'zh',
      state: { facts: { ages: [82] } },
      inbound: { text: '你好', intent: 'greeting', triage: 'none', entities: {}, receivedAt: new Date() },
      reply: { text: '您好', lang: 'zh', intent: 'greeting', triage: 'none', ticket: null },
    });

    it('opens the same conversation for the same address, even when asked twice at once', async () => {
      const [a, b] = await Promise.all([
        store.open('sms', '+8613800000001', 'zh'),
        store.open('sms', '+8613800000001', 'zh'),
      ]);
      expect(a.id).toBe(b.id);
    });

    it('commits a turn against the version it read and refuses a stale one', async () => {
      const conv = await store.open('api', 'pg-stale', 'zh');
      expect(await store.commitTurn(turn(conv.id, conv.version))).toBe('committed');
      expect(await store.commitTurn(turn(conv.id, conv.version))).toBe('stale');
      const reopened = await store.open('api', 'pg-stale', 'zh');
      expect(reopened.version).toBe(conv.version + 1);
      expect(reopened.state.facts.ages).toEqual([82]);
      expect(await db.prisma.message.count({ where: { conversationId: conv.id } })).toBe(2);
    });

    it('reads a turn in one go: the stored reply of a processed delivery, else the conversation', async () => {
      const first = await store.startTurn('sms', '+8613800000003', 'zh', 'sms:SMonce');
      if (first.earlier) throw new Error('a new delivery has no stored reply');
      expect(first.conversation.version).toBe(0);
      expect(await store.commitTurn(turn(first.conversation.id, 0, 'sms:SMonce'))).toBe('committed');
      const retry = await store.startTurn('sms', '+8613800000003', 'zh', 'sms:SMonce');
      expect(retry.earlier?.text).toBe('您好');
      const next = await store.startTurn('sms', '+8613800000003', 'zh', 'sms:SMnext');
      expect(next.earlier ? undefined : next.conversation).toMatchObject({ id: first.conversation.id, version: 1 });
      // A retry of a delivery whose conversation is gone creates nothing.
      expect((await store.startTurn('sms', '+8613800000004', 'zh', 'sms:SMonce')).earlier?.text).toBe('您好');
      expect(await db.prisma.conversation.count({ where: { address: '+8613800000004' } })).toBe(0);
    });

    it('stores a delivery once when two copies commit at the same moment', async () => {
      const conv = await store.open('sms', '+8613800000002', 'zh');
      const results = await Promise.all([
        store.commitTurn(turn(conv.id, conv.version, 'sms:SMdup')),
        store.commitTurn(turn(conv.id, conv.version, 'sms:SMdup')),
      ]);
      expect(results.sort()).toEqual(['committed', 'duplicate']);
      expect(await db.prisma.message.count({ where: { conversationId: conv.id } })).toBe(2);
      expect((await store.findDelivery('sms:SMdup'))?.text).toBe('您好');
    });
  });
});

describePg('the service on PostgreSQL, through HTTP', () => {
  let pg: PostgresServer;
  let t: TestApp;

  beforeAll(async () => {
    pg = await startPostgres();
    t = await startTestApp({ ...TWILIO_TEST_ENV, DATABASE_URL: pg.createDatabase('hotline_http_test') });
  });
  afterAll(async () => {
    await t?.close();
    pg?.stop();
  });

  it('reports the PostgreSQL database as healthy', async () => {
    const res = await t.app.inject('/health');
    expect(res.json()).toEqual({ status: 'ok', database: 'postgresql' });
  });

  it('continues a chat conversation across turns and stores it', async () => {
    const chat = (text: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId: 'pg-chat', text } });
    expect((await chat('这个药一次吃多少')).json().intent).toBe('medication.dose');
    const answer = (await chat('布洛芬')).json();
    expect(answer.intent).toBe('medication.dose');
    expect(answer.reply).toMatch(/布洛芬/);
    expect(await t.services.db.prisma.message.count({ where: { conversation: { address: 'pg-chat' } } })).toBe(4);
  });

  it('stores a Twilio message retried twice at the same moment once, with identical replies', async () => {
    const params = {
      MessageSid: twilioSid('SM'),
      From: '+8613700000001',
      To: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER,
      Body: '布洛芬一天最多吃几次',
    };
    const [a, b] = await Promise.all([
      postTwilio(t.app, '/twilio/sms', params),
      postTwilio(t.app, '/twilio/sms', params),
    ]);
    expect(a.statusCode).toBe(200);
    expect(a.body).toBe(b.body);
    expect(
      await t.services.db.prisma.message.count({ where: { conversation: { address: params.From }, direction: 'in' } }),
    ).toBe(1);
  });

  it('rejects a forged webhook and stores nothing', async () => {
    const before = await t.services.db.prisma.message.count();
    const res = await t.app.inject({
      method: 'POST',
      url: '/twilio/sms',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'forged' },
      payload: 'MessageSid=SMforged&From=%2B8613700000002&Body=hi',
    });
    expect(res.statusCode).toBe(403);
    expect(await t.services.db.prisma.message.count()).toBe(before);
  });
});
