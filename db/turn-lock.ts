/**
 * The turn lock on PostgreSQL: a transaction-scoped advisory lock on a connection of its own, held
 * while the turn runs on the service's ordinary pool. It goes with the transaction, so a crashed
 * instance or a lost connection releases it; nothing has to remember to unlock.
 */
import { Pool } from 'pg';
import { AppError } from '../core/errors';
import type { TurnLock } from '../conversation/turn-lock.port';
import { isUrgent } from '../core/urgency';

/** Turns waiting longer than this for one conversation are told to try again. */
const LOCK_WAIT_MS = 15_000;
/** Lock connections kept for emergencies' turns (core/urgency.ts) when the ordinary ones are all in use. */
const EMERGENCY_RESERVE = 4;

export class ConversationBusyError extends AppError {
  readonly retryAfterSeconds = 2;
  constructor() {
    super(503, 'conversation_busy', 'Another message of this conversation is still being answered; try again.');
  }
}

export class AdvisoryTurnLock implements TurnLock {
  private readonly pool: Pool;
  /** An emergency's turn never queues behind ordinary turns waiting for a connection. */
  private readonly reserve: Pool;

  /**
   * `connections` bounds the ordinary turns this instance runs at once (each holds one while it runs);
   * the others wait for a connection, which is cheaper than waiting inside PostgreSQL. Emergencies
   * beyond them take one of `reserve` more.
   */
  constructor(
    url: string,
    private readonly connections: number,
    private readonly lockWaitMs = LOCK_WAIT_MS,
    reserve = EMERGENCY_RESERVE,
  ) {
    this.pool = new Pool({ connectionString: url, max: connections, connectionTimeoutMillis: 10_000 });
    this.reserve = new Pool({ connectionString: url, max: reserve, connectionTimeoutMillis: 10_000 });
    // A connection that dies while idle must not crash the process; the next turn opens another.
    this.pool.on('error', () => undefined);
    this.reserve.on('error', () => undefined);
  }

  async run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    const client = await this.poolFor().connect();
    let broken = false;
    // The server going away while the lock is held is an error on this client, not a crash of the process:
    // the query in progress fails, and the turn with it (retryable), and the lock is gone with the session.
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    const release = () => {
      client.off('error', onError);
      client.release(broken);
    };
    let result: T;
    try {
      try {
        // One round trip: the three statements go as one simple query (the key as an escaped literal).
        await client.query(
          `BEGIN; SET LOCAL lock_timeout = ${Math.floor(this.lockWaitMs)}; ` +
            `SELECT pg_advisory_xact_lock(hashtextextended(${client.escapeLiteral(key)}, 0))`,
        );
      } catch (err) {
        if ((err as { code?: string }).code === '55P03') throw new ConversationBusyError();
        throw err;
      }
      result = await turn();
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      release();
      throw err;
    }
    // The turn committed its own writes: this COMMIT only ends the lock's transaction, so the answer need
    // not wait for it (the next turn of this conversation does). Lost, the lock goes with the session.
    void client
      .query('COMMIT')
      .catch(() => {
        broken = true;
      })
      .finally(release);
    return result;
  }

  private poolFor(): Pool {
    if (!isUrgent()) return this.pool;
    const ordinaryFree = this.pool.idleCount > 0 || this.pool.totalCount < this.connections;
    return ordinaryFree ? this.pool : this.reserve;
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.reserve.end()]);
  }
}
