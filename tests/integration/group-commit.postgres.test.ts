/**
 * Group commit (db/group-commit.ts) on a real PostgreSQL server: concurrent turns' writes share one
 * transaction; a write is acknowledged only after its commit; one failing turn fails alone; a connection
 * lost in the middle of a batch acknowledges none of it; an emergency's write never waits for a batch.
 */
import { Client, Pool } from 'pg';
import { GroupCommit } from '../../db/group-commit';
import { openDatabase } from '../../db/database';
import { PrismaConversationStore } from '../../db/conversation.repository';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { urgently } from '../../core/urgency';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

const INSERT = 'INSERT INTO gc (id, v) VALUES ($1, $2) RETURNING id';

describePg('group commit on PostgreSQL', () => {
  let pg: PostgresServer;
  let url: string;
  let pool: Pool;
  let other: Client;
  const stored = async (ids: number[]) =>
    (await other.query<{ id: number }>('SELECT id FROM gc WHERE id = ANY($1::int[]) ORDER BY id', [ids])).rows.map(
      (r) => r.id,
    );

  beforeAll(async () => {
    pg = await startPostgres();
    url = pg.createDatabase('hotline_group_commit');
    pool = new Pool({ connectionString: url, max: 4 });
    pool.on('error', () => undefined);
    other = new Client({ connectionString: url });
    await other.connect();
    await other.query('CREATE TABLE gc (id int PRIMARY KEY, v text NOT NULL)');
  });
  afterAll(async () => {
    await other?.end();
    await pool?.end();
    pg?.stop();
  });

  it('writes concurrent turns in shared transactions, and every acknowledged write is stored', async () => {
    const group = new GroupCommit(pool);
    const ids = Array.from({ length: 20 }, (_, i) => 100 + i);
    const acked = await Promise.all(ids.map((id) => group.run<{ id: number }>(INSERT, [id, 'turn'])));
    expect(acked.map((rows) => rows[0]!.id)).toEqual(ids);
    expect(await stored(ids)).toEqual(ids);
    expect(group.stats.turns).toBe(20);
    expect(group.stats.commits).toBeLessThan(20);
  });

  it('fails the one turn whose write fails; the others of its batch are stored', async () => {
    const group = new GroupCommit(pool);
    await other.query(`INSERT INTO gc (id, v) VALUES (200, 'earlier')`);
    const ids = [201, 202, 200, 203, 204];
    const results = await Promise.allSettled(ids.map((id) => group.run(INSERT, [id, 'turn'])));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: '23505' });
    expect(await stored([201, 202, 203, 204])).toEqual([201, 202, 203, 204]);
    expect(group.stats.retriedAlone).toBe(1);
  });

  it('acknowledges nothing of a batch whose connection is lost before it commits, and stores none of it', async () => {
    const group = new GroupCommit(pool);
    const batch = [
      group.run(INSERT, [300, 'turn']),
      group.run(INSERT, [301, 'turn']),
      group.run('SELECT pg_sleep(10)', []),
      group.run(INSERT, [302, 'turn']),
    ];
    const settled = Promise.allSettled(batch);
    // The server ends the batch's session in the middle of the transaction (an outage, for that connection).
    let killed = 0;
    for (let i = 0; i < 200 && killed === 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
      const { rows } = await other.query<{ n: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
          WHERE query LIKE 'SELECT pg_sleep(10)%' AND pid <> pg_backend_pid()`,
      );
      killed = rows[0]!.n;
    }
    expect(killed).toBe(1);
    expect((await settled).map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(await stored([300, 301, 302])).toEqual([]);
    expect(group.stats.commits).toBe(0);
    // The next batch runs on a fresh connection.
    await group.run(INSERT, [303, 'turn']);
    expect(await stored([303])).toEqual([303]);
  });

  it("writes an emergency's turn alone, without waiting for the batch in flight", async () => {
    const group = new GroupCommit(pool);
    const slow = Promise.all([group.run('SELECT pg_sleep(1)', []), group.run(INSERT, [400, 'turn'])]);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    await urgently(() => group.run(INSERT, [401, 'emergency']));
    expect(Date.now() - t0).toBeLessThan(800);
    expect(await stored([401])).toEqual([401]);
    await slow;
    expect(await stored([400, 401])).toEqual([400, 401]);
  });

  it("stores an acknowledged turn's messages through the conversation store", async () => {
    const storeUrl = pg.createDatabase('hotline_group_commit_store');
    const db = await openDatabase({ databaseUrl: storeUrl, dataDir: 'unused' });
    const reader = new Client({ connectionString: storeUrl });
    await reader.connect();
    try {
      const store = new PrismaConversationStore(db.prisma, db.query, db.commitQuery);
      const starts = await Promise.all(
        [1, 2, 3].map((n) => store.startTurn('api', `group-commit-${n}`, 'zh', `gc-delivery-${n}`)),
      );
      const results = await Promise.all(
        starts.map((s, n) => {
          if (s.earlier) throw new Error('a new delivery has no earlier reply');
          return store.commitTurn({
            conversationId: s.conversation.id,
            expectedVersion: s.conversation.version,
            deliveryKey: `gc-delivery-${n + 1}`,
            lang: 'zh',
            state: { facts: {} },
            inbound: { text: '你好', intent: 'greeting', triage: 'none', entities: {}, receivedAt: new Date() },
            reply: { text: '您好', lang: 'zh', intent: 'greeting', triage: 'none', ticket: null },
          });
        }),
      );
      expect(results).toEqual(['committed', 'committed', 'committed']);
      const { rows } = await reader.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
          WHERE c.address LIKE 'group-commit-%'`,
      );
      expect(rows[0]!.n).toBe(6);
    } finally {
      await reader.end();
      await db.close();
    }
  });
});
