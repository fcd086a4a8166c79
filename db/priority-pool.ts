/**
 * pg's pool hands out connections first come, first served. Under a flood the queue in front of it is
 * the ordinary turns admitted before an emergency; an emergency's turn (core/urgency.ts) waits at the
 * head of that queue instead, behind at most the statements already running.
 *
 * pg-pool 3 keeps its waiters in `_pendingQueue` (served by shift, in order); `connect` appends to it when
 * no connection is idle. tests/integration/priority-pool.postgres.test.ts checks that against the
 * installed version, so an upgrade that changes it fails there rather than silently.
 */
import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { isUrgent } from '../core/urgency';

interface Waiters {
  _pendingQueue?: object[];
}

export class PriorityPool extends Pool {
  private readonly urgentWaiters = new WeakSet<object>();

  constructor(config: PoolConfig) {
    super(config);
  }

  override connect(): Promise<PoolClient>;
  override connect(
    callback: (err: Error | undefined, client: PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): void;
  override connect(callback?: Parameters<Pool['connect']>[0]): Promise<PoolClient> | void {
    const queue = (this as unknown as Waiters)._pendingQueue;
    const before = queue?.length ?? 0;
    const result = callback ? super.connect(callback) : super.connect();
    if (queue && isUrgent() && queue.length === before + 1) this.moveAhead(queue);
    return result;
  }

  /** The waiter just appended goes behind the urgent ones already waiting, ahead of every ordinary one. */
  private moveAhead(queue: object[]): void {
    const waiter = queue.pop()!;
    this.urgentWaiters.add(waiter);
    const firstOrdinary = queue.findIndex((w) => !this.urgentWaiters.has(w));
    queue.splice(firstOrdinary === -1 ? queue.length : firstOrdinary, 0, waiter);
  }
}
