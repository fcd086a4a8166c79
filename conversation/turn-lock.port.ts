/**
 * Turns of one conversation run one at a time, across every instance: two messages from one person
 * at once are answered in turn, each seeing the facts the other stored, instead of racing.
 */
export interface TurnLock {
  /** Runs `turn` holding the lock of `key`; waits for the holder to finish first. */
  run<T>(key: string, turn: () => Promise<T>): Promise<T>;
}

/** One process: a chain of promises per key (the embedded database is single-instance by design). */
export class LocalTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const mine = before.then(turn, turn);
    const tail = mine.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await mine;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
