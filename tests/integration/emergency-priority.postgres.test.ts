/**
 * Under a flood an emergency goes ahead of ordinary work (hazard log H4): on PostgreSQL, with every
 * ordinary turn connection in use and the instance shedding, an emergency is answered, and stored,
 * while the ordinary turns admitted before it are still waiting; and a waiter for a database
 * connection marked urgent is served before ordinary ones that came first.
 */
import { Client, type PoolClient } from 'pg';
import { urgently } from '../../core/urgency';
import { PriorityPool } from '../../db/priority-pool';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { startTestApp, type TestApp } from '../../harness/test-app';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

const EMERGENCY_ZH = '我爸突然叫不醒了，嘴唇发紫';
const ROUTINE_ZH = '布洛芬一次吃多少';
/** db/database.ts: ordinary turns one instance runs at once, each holding a lock connection. */
const TURN_CONNECTIONS = 16;

describePg('an emergency under a flood', () => {
  let pg: PostgresServer;
  let url: string;
  let t: TestApp;
  let holder: Client;

  beforeAll(async () => {
    pg = await startPostgres();
    url = pg.createDatabase('hotline_priority');
    t = await startTestApp({ DATABASE_URL: url, MAX_IN_FLIGHT: String(TURN_CONNECTIONS) });
    holder = new Client({ connectionString: url });
    await holder.connect();
  });
  afterAll(async () => {
    await holder?.end();
    await t?.close();
    pg?.stop();
  });

  const chat = (sessionId: string, text: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text } });

  async function waitingTurns(): Promise<number> {
    const { rows } = await holder.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
    );
    return rows[0]!.n;
  }

  it('is answered and stored while every ordinary turn is held and other messages are shed', async () => {
    // Another instance is in the middle of a turn of each of these conversations, so the ordinary turns
    // sent to them take every turn connection of this instance and wait inside PostgreSQL.
    const busy = Array.from({ length: TURN_CONNECTIONS }, (_, i) => `busy-${i}`);
    for (const id of busy) await holder.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`api:${id}`]);
    let ordinaryDone = 0;
    const ordinary = busy.map((id) =>
      chat(id, ROUTINE_ZH).finally(() => {
        ordinaryDone++;
      }),
    );
    try {
      while ((await waitingTurns()) < TURN_CONNECTIONS) await new Promise((r) => setTimeout(r, 20));

      const shed = await chat('shed-1', ROUTINE_ZH);
      expect(shed.statusCode).toBe(503);
      expect(shed.json().error.code).toBe('overloaded');

      const emergency = await chat('sos-1', EMERGENCY_ZH);
      expect(emergency.statusCode).toBe(200);
      expect(emergency.json()).toMatchObject({ triage: 'emergency', action: 'call_emergency' });
      expect(ordinaryDone).toBe(0);
      // Stored, not the advice given without the store (which is what a turn that found no connection gets).
      const stored = await t.services.db.prisma.message.count({ where: { conversation: { address: 'sos-1' } } });
      expect(stored).toBe(2);
    } finally {
      for (const id of busy) await holder.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`api:${id}`]);
    }
    const answered = await Promise.all(ordinary);
    expect(answered.map((r) => r.statusCode)).toEqual(busy.map(() => 200));
  });

  it('serves a connection waiter marked urgent before the ordinary ones queued ahead of it', async () => {
    const pool = new PriorityPool({ connectionString: url, max: 1 });
    await holder.query('CREATE TABLE served (id serial PRIMARY KEY, name text NOT NULL)');
    // Each waiter writes its name on the connection it was given: the one connection serves them in turn.
    const served = 'INSERT INTO served (name) VALUES ($1)';
    const take = async (name: string) => {
      const client: PoolClient = await pool.connect();
      try {
        await client.query(served, [name]);
      } finally {
        client.release();
      }
    };
    try {
      const first = await pool.connect();
      const waiters = [
        take('ordinary-1'),
        take('ordinary-2'),
        urgently(() => take('urgent-1')),
        take('ordinary-3'),
        urgently(() => take('urgent-2')),
        // pg's own query path (the one Prisma's statements take) waits for a connection the same way.
        urgently(() => pool.query(served, ['urgent-query'])),
      ];
      first.release();
      await Promise.all(waiters);
      const { rows } = await holder.query<{ name: string }>('SELECT name FROM served ORDER BY id');
      expect(rows.map((r) => r.name)).toEqual([
        'urgent-1',
        'urgent-2',
        'urgent-query',
        'ordinary-1',
        'ordinary-2',
        'ordinary-3',
      ]);
    } finally {
      await pool.end();
    }
  });
});
