/**
 * The turn lock on PostgreSQL: a session advisory lock on a connection of its own, held while the turn
 * runs on the service's ordinary pool, then unlocked. It goes with the session, so a crashed instance or
 * a lost connection releases it; a connection whose unlock did not succeed is closed, not reused.
 * Two statements a turn (lock, unlock); the lock wait is the connections' own `lock_timeout`, set once
 * when each connection opens (a startup parameter), not per turn.
 */
import { Pool } from 'pg';
import { AppError } from '../core/errors';
import type { TurnLock } from '../conversation/turn-lock.port';
import { isUrgent } from '../core/urgency';

/** Turns waiting longer than this for one conversation are told to try again. */
const LOCK_WAIT_MS = 15_000;
/** Lock connections kept for emergencies' turns (core/urgency.ts) when the ordinary ones are all in use. */
const EMERGENCY_RESERVE = 4;

const LOCK = 'SELECT pg_advisory_lock(hashtextextended($1, 0))';
const UNLOCK = 'SELECT pg_advisory_unlock(hashtextextended($1, 0)) AS unlocked';

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
    lockWaitMs = LOCK_WAIT_MS,
    reserve = EMERGENCY_RESERVE,
  ) {
    // lock_timeout once per connection, as a startup parameter: no statement per turn sets it.
    const options = `-c lock_timeout=${Math.floor(lockWaitMs)}`;
    this.pool = new Pool({ connectionString: url, max: connections, connectionTimeoutMillis: 10_000, options });
    this.reserve = new Pool({ connectionString: url, max: reserve, connectionTimeoutMillis: 10_000, options });
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
    try {
      await client.query({ text: LOCK, values: [key], name: 'hotline_turn_lock' });
    } catch (err) {
      // Not taken (refused after the lock wait, or the connection failed): nothing to unlock.
      const busy = (err as { code?: string }).code === '55P03';
      if (!busy) broken = true;
      release();
      throw busy ? new ConversationBusyError() : err;
    }
    // The turn committed its own writes before it returns: the unlock need not delay the answer (the next
    // turn of this conversation waits for it). Failed, the connection is closed, and the lock goes with it.
    const unlock = () =>
      void client
        .query({ text: UNLOCK, values: [key], name: 'hotline_turn_unlock' })
        .then(
          (r: { rows: { unlocked: boolean }[] }) => {
            if (r.rows[0]?.unlocked !== true) broken = true;
          },
          () => {
            broken = true;
          },
        )
        .finally(release);
    let result: T;
    try {
      result = await turn();
    } catch (err) {
      unlock();
      throw err;
    }
    unlock();
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
