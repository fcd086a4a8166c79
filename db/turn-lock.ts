/**
 * The turn lock on PostgreSQL: a transaction-scoped advisory lock on a connection of its own, held
 * while the turn runs on the service's ordinary pool. It goes with the transaction, so a crashed
 * instance or a lost connection releases it; nothing has to remember to unlock.
 */
import { Pool } from 'pg';
import { AppError } from '../core/errors';
import type { TurnLock } from '../conversation/turn-lock.port';

/** Turns waiting longer than this for one conversation are told to try again. */
const LOCK_WAIT_MS = 15_000;

export class ConversationBusyError extends AppError {
  readonly retryAfterSeconds = 2;
  constructor() {
    super(503, 'conversation_busy', 'Another message of this conversation is still being answered; try again.');
  }
}

export class AdvisoryTurnLock implements TurnLock {
  private readonly pool: Pool;

  /**
   * `connections` bounds the turns this instance runs at once (each holds one while it runs); the
   * others wait for a connection, which is cheaper than waiting inside PostgreSQL.
   */
  constructor(
    url: string,
    connections: number,
    private readonly lockWaitMs = LOCK_WAIT_MS,
  ) {
    this.pool = new Pool({ connectionString: url, max: connections, connectionTimeoutMillis: 10_000 });
    // A connection that dies while idle must not crash the process; the next turn opens another.
    this.pool.on('error', () => undefined);
  }

  async run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    // The server going away while the lock is held is an error on this client, not a crash of the process:
    // the query in progress fails, and the turn with it (retryable), and the lock is gone with the session.
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL lock_timeout = ${Math.floor(this.lockWaitMs)}`);
      try {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      } catch (err) {
        if ((err as { code?: string }).code === '55P03') throw new ConversationBusyError();
        throw err;
      }
      const result = await turn();
      // The turn is stored by now; losing the lock's connection at this point costs nothing.
      await client.query('COMMIT').catch(() => {
        broken = true;
      });
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw err;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
