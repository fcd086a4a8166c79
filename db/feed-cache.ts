/**
 * A read-through cache of rows that change rarely and are read on every turn, kept only while the change
 * feed (db/change-feed.ts) is live on every channel that announces a change to them. A key is forgotten
 * the moment a change to it is heard, whichever instance (or hand) made it; while announcements may be
 * missed, nothing is kept and every read goes to the database. A read that overlapped any change heard is
 * not kept either: it may have read the row as it was before.
 */
import type { ChangeFeed } from './change-feed';

export class FeedCache<V> {
  private readonly kept = new Map<string, V>();
  private readonly liveOn = new Set<string>();
  /** Moves on with every change heard and every change of liveness. */
  private changes = 0;

  /** `maxEntries`: the most keys kept at once (the oldest forgotten first). */
  constructor(
    feed: ChangeFeed,
    private readonly channels: readonly string[],
    private readonly maxEntries: number,
  ) {
    for (const channel of channels) {
      feed.subscribe(channel, {
        changed: (key) => this.forget(key),
        live: (on) => {
          if (on) this.liveOn.add(channel);
          else this.liveOn.delete(channel);
          this.changes++;
          this.kept.clear();
        },
      });
    }
  }

  /** The value kept for `key`, else what `load` reads (kept for the next read if nothing changed meanwhile). */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.live() && this.kept.has(key)) return this.kept.get(key)!;
    const seen = this.changes;
    const value = await load();
    if (this.live() && seen === this.changes) this.keep(key, value);
    return value;
  }

  /** This instance changed `key`: forget it now, before the announcement comes back. */
  forget(key: string): void {
    this.changes++;
    this.kept.delete(key);
  }

  /** Whether `key` is kept now (what a read would answer from memory). */
  has(key: string): boolean {
    return this.live() && this.kept.has(key);
  }

  /** Listening on every channel: only then is anything kept. */
  live(): boolean {
    return this.liveOn.size === this.channels.length;
  }

  /** Forget everything (this instance changed rows it cannot name one by one). */
  clear(): void {
    this.changes++;
    this.kept.clear();
  }

  private keep(key: string, value: V): void {
    if (this.kept.size >= this.maxEntries && !this.kept.has(key)) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, value);
  }
}
