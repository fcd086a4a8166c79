/**
 * Group commit on PostgreSQL: the write statements of turns that finish at about the same time go in one
 * shared transaction (BEGIN, each turn's statement, COMMIT) on one connection, so a busy instance pays one
 * commit and one connection for many turns instead of one each.
 *
 * - A turn is answered only after the transaction holding its write has committed: `run` resolves after
 *   the COMMIT succeeded, and rejects when it did not (nothing is acknowledged without a commit).
 * - Isolation: when one turn's statement fails with an error of that turn's own data (a unique key, a
 *   bad value, a serialization failure), the shared transaction is rolled back and every turn of it is
 *   run again alone, as its own implicit transaction — so the failing turn fails alone and the others
 *   commit (no savepoints: they would add two statements to every turn of every batch).
 * - Any other failure (the connection or the server gone, BEGIN or COMMIT refused) fails every turn of
 *   the batch, unanswered, as a failed write does today; none is retried, since a COMMIT whose answer
 *   was lost may have committed.
 * - An emergency's turn (core/urgency.ts) never waits for a batch: it writes alone, straight through
 *   the pool, exactly as before group commit.
 *
 * One batch is in flight at a time; the turns that arrive meanwhile form the next. A batch holds at
 * most `maxBatch` turns.
 */
import type { Pool, PoolClient } from 'pg';
import { isUrgent } from '../core/urgency';

export interface GroupCommitStats {
  /** Shared transactions committed. */
  commits: number;
  /** Turns acknowledged by those commits (turns per commit = turns / commits). */
  turns: number;
  /** Batches rolled back because one turn's statement failed, their turns then run alone. */
  retriedAlone: number;
  /** Batches failed as a whole (connection, BEGIN or COMMIT). */
  failed: number;
}

interface Pending {
  text: string;
  values: unknown[];
  name?: string;
  resolve(rows: unknown[]): void;
  reject(err: unknown): void;
}

/** SQLSTATE classes that belong to one statement's data, not to the connection or the server. */
const TURN_OWN_ERROR = /^(22|23|40001|40P01|42)/;

/** Of every GroupCommit in this process, for /metrics. */
export const groupCommitStats: GroupCommitStats = { commits: 0, turns: 0, retriedAlone: 0, failed: 0 };

export class GroupCommit {
  private pending: Pending[] = [];
  private inFlight = false;
  private scheduled = false;
  readonly stats: GroupCommitStats = { commits: 0, turns: 0, retriedAlone: 0, failed: 0 };

  constructor(
    private readonly pool: Pool,
    private readonly maxBatch = 64,
  ) {}

  /** The statement runs in the next shared transaction; resolves with its rows after that transaction commits. */
  run<T>(text: string, values: unknown[], name?: string): Promise<T[]> {
    if (isUrgent()) return this.alone<T>(text, values, name);
    return new Promise<T[]>((resolve, reject) => {
      this.pending.push({ text, values, name, resolve: resolve as (rows: unknown[]) => void, reject });
      this.schedule();
    });
  }

  private alone<T>(text: string, values: unknown[], name?: string): Promise<T[]> {
    return this.pool.query({ text, values, name }).then((r) => r.rows as T[]);
  }

  private schedule(): void {
    if (this.inFlight || this.scheduled) return;
    this.scheduled = true;
    // The turns finishing in this turn of the event loop join the same batch.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.pending.length === 0) return;
    this.inFlight = true;
    const batch = this.pending.splice(0, this.maxBatch);
    try {
      if (batch.length === 1) await this.single(batch[0]!);
      else await this.shared(batch);
    } finally {
      this.inFlight = false;
      if (this.pending.length > 0) this.schedule();
    }
  }

  /** A batch of one is its own implicit transaction: no BEGIN/COMMIT to add. */
  private async single(p: Pending): Promise<void> {
    try {
      const rows = await this.alone(p.text, p.values, p.name);
      this.count(1);
      p.resolve(rows);
    } catch (err) {
      p.reject(err);
    }
  }

  private async shared(batch: Pending[]): Promise<void> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      this.fail(batch, err);
      return;
    }
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      // One statement after another on the connection; after a failure the transaction is aborted, so stop.
      await client.query('BEGIN');
      const rows: unknown[][] = [];
      let failure: { err: unknown } | undefined;
      for (const p of batch) {
        try {
          rows.push((await client.query({ text: p.text, values: p.values, name: p.name })).rows as unknown[]);
        } catch (err) {
          failure = { err };
          break;
        }
      }
      if (!failure) {
        await client.query('COMMIT');
        this.count(batch.length);
        batch.forEach((p, i) => p.resolve(rows[i]!));
        return;
      }
      await client.query('ROLLBACK');
      const code = (failure.err as { code?: unknown } | undefined)?.code;
      if (typeof code === 'string' && TURN_OWN_ERROR.test(code)) {
        // One turn's own data: every turn again alone, so that one fails by itself.
        this.bump('retriedAlone');
        await Promise.all(batch.map((p) => this.single(p)));
        return;
      }
      this.fail(batch, failure.err);
    } catch (err) {
      broken = true;
      this.fail(batch, err);
    } finally {
      client.off('error', onError);
      client.release(broken || undefined);
    }
  }

  private fail(batch: Pending[], err: unknown): void {
    this.bump('failed');
    for (const p of batch) p.reject(err);
  }

  private count(turns: number): void {
    this.stats.commits++;
    this.stats.turns += turns;
    groupCommitStats.commits++;
    groupCommitStats.turns += turns;
  }

  private bump(key: 'retriedAlone' | 'failed'): void {
    this.stats[key]++;
    groupCommitStats[key]++;
  }
}
