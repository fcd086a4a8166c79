/**
 * The turn lock's one 5xx: a turn that waits longer than the lock wait for its conversation is refused
 * as conversation_busy (503, Retry-After 2) without running, and the conversation is free again after.
 */
import { Client } from 'pg';
import { AdvisoryTurnLock, ConversationBusyError } from '../../db/turn-lock';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('the turn lock on PostgreSQL', () => {
  let pg: PostgresServer;
  let url: string;
  beforeAll(async () => {
    pg = await startPostgres();
    url = pg.createDatabase('hotline_turn_lock');
  });
  afterAll(() => pg?.stop());

  it('refuses a turn kept waiting past the lock wait with conversation_busy, and runs the next', async () => {
    const lock = new AdvisoryTurnLock(url, 2, 300);
    const holder = new Client({ connectionString: url });
    await holder.connect();
    try {
      // Another instance is in the middle of a turn of this conversation.
      await holder.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', ['sms:+8613800009999']);
      let ran = false;
      const refused = await lock
        .run('sms:+8613800009999', async () => {
          ran = true;
        })
        .catch((err: unknown) => err);
      expect(refused).toBeInstanceOf(ConversationBusyError);
      expect(refused).toMatchObject({ statusCode: 503, code: 'conversation_busy', retryAfterSeconds: 2 });
      expect(ran).toBe(false);
      await holder.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', ['sms:+8613800009999']);
      expect(await lock.run('sms:+8613800009999', async () => 'answered')).toBe('answered');
    } finally {
      await holder.end();
      await lock.close();
    }
  });

  it('frees the conversation after a turn, and after a turn that failed, for another session at once', async () => {
    const lock = new AdvisoryTurnLock(url, 2, 300);
    const other = new Client({ connectionString: url });
    await other.connect();
    const free = async (key: string) => {
      // The unlock is sent after the answer: give it the moment it takes.
      for (let i = 0; i < 50; i++) {
        const { rows } = await other.query<{ ok: boolean }>(
          'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok',
          [key],
        );
        if (rows[0]!.ok) {
          await other.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
          return true;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return false;
    };
    try {
      expect(await lock.run('chat:a', async () => 'answered')).toBe('answered');
      expect(await free('chat:a')).toBe(true);
      const failed = await lock
        .run('chat:b', async () => Promise.reject(new Error('turn failed')))
        .catch((e: Error) => e);
      expect(failed).toMatchObject({ message: 'turn failed' });
      expect(await free('chat:b')).toBe(true);
      // Held while the turn runs.
      let held: boolean | undefined;
      await lock.run('chat:c', async () => {
        const { rows } = await other.query<{ ok: boolean }>(
          'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok',
          ['chat:c'],
        );
        held = !rows[0]!.ok;
      });
      expect(held).toBe(true);
    } finally {
      await other.end();
      await lock.close();
    }
  });
});
